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

    private TurnaroundWindow current;

    /** Looks only inside the window under test: earlier windows hold nodes with the same ids. */
    private org.testfx.service.query.NodeQuery find(String query) {
        return robot.from(current.stage().getScene().getRoot()).lookup(query);
    }

    /** Waits until the node is on screen in the window under test, then returns it. */
    private javafx.scene.Node node(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(query).tryQuery()
                .map(n -> n.getScene() == current.stage().getScene() && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return find(query).query();
    }

    private TurnaroundWindow openWindow() throws Exception {
        Database db = Database.openIn(dataDir);
        AtomicReference<TurnaroundWindow> window = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> window.set(TurnaroundWindow.open(stage, java.util.concurrent.CompletableFuture.completedFuture(db), Clock.systemDefaultZone(), Locale.ENGLISH, db::close)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.get().viewModel().loadedProperty().get());
        current = window.get();
        return current;
    }

    @Test
    void whatIsTypedInListenSurvivesVisitingEveryStepAndRestartingTheApp() throws Exception {
        TurnaroundWindow first = openWindow();
        robot.clickOn(node("#case-list-new"));
        robot.clickOn(node("#listen-start-call"));
        robot.clickOn(node("#listen-note-input")).write(NOTE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Note> notes = find("#listen-notes").queryListView();
        assertEquals(1, notes.getItems().size());
        assertEquals(NOTE, notes.getItems().get(0).text());

        // Every step, by Next, then back to Listen by the keyboard shortcut.
        for (Step step : Step.values()) {
            Label title = find("#wizard-step-title").queryAs(Label.class);
            assertEquals(step.number() + ". ", title.getText().substring(0, title.getText().indexOf(' ') + 1));
            assertTrue(find("#step-" + step.name().toLowerCase(Locale.ROOT)).tryQuery().isPresent(), step + " is shown");
            if (step != Step.APPROVAL) {
                robot.clickOn(node("#wizard-next"));
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1. Listen", find("#wizard-step-title").queryAs(Label.class).getText());
        robot.clickOn(node("#wizard-subject")).write("Shirts wear out");

        // Close the window straight after typing: the close must wait for the save.
        robot.interact(first::requestClose);
        first.closed().get(10, TimeUnit.SECONDS);

        TurnaroundWindow second = openWindow();
        TableView<CaseSummary> table = find("#case-table").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("Shirts wear out", table.getItems().get(0).subject());
        robot.doubleClickOn(node("#case-table .table-row-cell"));
        node("#listen-notes");
        ListView<Note> reloaded = find("#listen-notes").queryListView();
        assertEquals(NOTE, reloaded.getItems().get(0).text());
        robot.interact(second::requestClose);
        second.closed().get(10, TimeUnit.SECONDS);
    }
}
