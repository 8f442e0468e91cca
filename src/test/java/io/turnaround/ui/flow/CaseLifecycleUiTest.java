package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.app.TurnaroundWindow;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Note;
import io.turnaround.domain.Step;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The foundation's end-to-end check, by keyboard and mouse on a real (headless) window: create a
 * case, type in Listen, visit all nine steps, close the window, start again on the same data
 * folder and find the text.
 */
class CaseLifecycleUiTest {
    private static final String NOTE = "Print peels after three washes — all 40 shirts";
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TurnaroundWindow openWindow() throws Exception {
        Database db = Database.openIn(dataDir);
        AtomicReference<TurnaroundWindow> window = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> window.set(TurnaroundWindow.open(stage, java.util.concurrent.CompletableFuture.completedFuture(db), Clock.systemDefaultZone(), Locale.ENGLISH, db::close)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get().viewModel().loadedProperty().get());
        return window.get();
    }

    @Test
    void whatIsTypedInListenSurvivesVisitingEveryStepAndRestartingTheApp() throws Exception {
        TurnaroundWindow first = openWindow();
        robot.clickOn("#case-list-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#listen-note-input").tryQuery().isPresent());

        robot.clickOn("#listen-start-call");
        robot.clickOn("#listen-note-input").write(NOTE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Note> notes = robot.lookup("#listen-notes").queryListView();
        assertEquals(1, notes.getItems().size());
        assertEquals(NOTE, notes.getItems().get(0).text());

        // Every step, by Next, then back to Listen by the keyboard shortcut.
        for (Step step : Step.values()) {
            Label title = robot.lookup("#wizard-step-title").queryAs(Label.class);
            assertEquals(step.number() + ". ", title.getText().substring(0, title.getText().indexOf(' ') + 1));
            assertTrue(robot.lookup("#step-" + step.name().toLowerCase(Locale.ROOT)).tryQuery().isPresent(), step + " is shown");
            if (step != Step.APPROVAL) {
                robot.clickOn("#wizard-next");
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1. Listen", robot.lookup("#wizard-step-title").queryAs(Label.class).getText());
        robot.clickOn("#wizard-subject").write("Shirts wear out");

        // Close the window straight after typing: the close must wait for the save.
        robot.interact(first::requestClose);
        first.closed().get(10, TimeUnit.SECONDS);

        TurnaroundWindow second = openWindow();
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("Shirts wear out", table.getItems().get(0).subject());
        robot.doubleClickOn(robot.lookup("#case-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#listen-notes").tryQuery().isPresent());
        ListView<Note> reloaded = robot.lookup("#listen-notes").queryListView();
        assertEquals(NOTE, reloaded.getItems().get(0).text());
        robot.interact(second::requestClose);
        second.closed().get(10, TimeUnit.SECONDS);
    }
}
