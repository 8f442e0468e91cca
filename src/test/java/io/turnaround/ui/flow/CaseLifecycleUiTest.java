package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Note;
import io.turnaround.domain.Step;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The foundation's end-to-end check, by keyboard and mouse on a real (headless) window: create a
 * case, type in Listen, visit all nine steps, close the window, start again on the same data
 * folder and find the text.
 */
class CaseLifecycleUiTest extends WindowTest {
    private static final String NOTE = "Print peels after three washes — all 40 shirts";
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dataDir;

    private WindowDriver current;

    private org.testfx.service.query.NodeQuery find(String query) {
        return current.find(query);
    }

    private javafx.scene.Node node(String query) throws Exception {
        return current.node(query);
    }

    private WindowDriver openWindow() throws Exception {
        current = WindowDriver.open(dataDir);
        return current;
    }

    @Test
    void whatIsTypedInListenSurvivesVisitingEveryStepAndRestartingTheApp() throws Exception {
        WindowDriver first = openWindow();
        robot.clickOn(node("#case-list-new"));
        robot.clickOn(node("#listen-start-call"));
        robot.clickOn(node("#listen-note-input")).write(NOTE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Note> notes = find("#listen-notes").queryListView();
        assertEquals(1, notes.getItems().size());
        assertEquals(NOTE, notes.getItems().get(0).text());

        // Every step, by Next, then back to Listen by the keyboard shortcut.
        for (Step step : Step.values()) {
            // The step changes once what was typed is flushed: wait for it rather than race it.
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> find("#wizard-step-title").queryAs(Label.class).getText().startsWith(step.number() + ". "));
            Label title = find("#wizard-step-title").queryAs(Label.class);
            assertEquals(step.number() + ". ", title.getText().substring(0, title.getText().indexOf(' ') + 1));
            assertTrue(find("#step-" + step.name().toLowerCase(Locale.ROOT)).tryQuery().isPresent(), step + " is shown");
            if (step != Step.APPROVAL) {
                // Pressed from the keyboard: a mouse click can land while the step's view is being replaced.
                javafx.scene.Node next = node("#wizard-next");
                robot.interact(next::requestFocus);
                robot.type(KeyCode.SPACE);
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1. Listen", find("#wizard-step-title").queryAs(Label.class).getText());
        robot.clickOn(node("#wizard-subject")).write("Shirts wear out");

        // Close the window straight after typing: the close must wait for the save.
        first.close();

        WindowDriver second = openWindow();
        TableView<CaseSummary> table = find("#case-table").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("Shirts wear out", table.getItems().get(0).subject());
        robot.doubleClickOn(node("#case-table .table-row-cell"));
        node("#listen-notes");
        ListView<Note> reloaded = find("#listen-notes").queryListView();
        assertEquals(NOTE, reloaded.getItems().get(0).text());
        second.close();
    }
}
