package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.TestCases;
import io.turnaround.domain.Step;
import io.turnaround.store.CaseRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every control a user or a test reaches — buttons, fields, lists, tables, pickers — on every
 * step has a stable id and accessible text for screen readers.
 */
class AccessibilityUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void everyInteractiveControlOnEveryStepHasAnIdAndAccessibleText() throws Exception {
        ui = WindowDriver.open(dataDir);
        new CaseRepository(ui.db, Clock.systemUTC()).create(TestCases.fullyPopulated().withHeader(
                TestCases.fullyPopulated().header().withStatus(io.turnaround.domain.CaseStatus.INVESTIGATING)));
        ui.robot.interact(() -> ui.window.viewModel().refresh());
        ui.robot.doubleClickOn(ui.node("#case-table .table-row-cell"));
        ui.node("#listen-note-input");
        List<String> missing = new ArrayList<>();
        for (Step step : Step.values()) {
            ui.chord(KeyCode.getKeyCode(String.valueOf(step.number())), KeyCode.CONTROL);
            Node view = ui.node("#step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            ui.robot.interact(() -> collect(view, step, missing));
        }
        assertEquals(List.of(), missing);

        // What the customer will read is said to be so, on screen and to a screen reader: Ask's problems, for one.
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        Control problems = (Control) ui.node("#ask-problems");
        assertEquals("Problems (most important first) (Customer sees this)", problems.getAccessibleText());
        Control note = (Control) ui.node("#ask-problem-input");
        assertEquals(true, note.getAccessibleText().endsWith("(Customer sees this)"), note.getAccessibleText());
    }

    private static void collect(Node node, Step step, List<String> missing) {
        boolean interactive = node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ListView || node instanceof TableView;
        // Controls inside another control's skin (a date picker's editor, a list's cells) belong to it.
        if (interactive && !insideSkin(node)) {
            Control c = (Control) node;
            if (c.getId() == null || c.getId().isBlank()) {
                missing.add(step + ": " + describe(c) + " has no id");
            }
            if (c.getAccessibleText() == null || c.getAccessibleText().isBlank()) {
                boolean labelled = c instanceof ButtonBase b && b.getText() != null && !b.getText().isBlank();
                if (!labelled) {
                    missing.add(step + ": " + describe(c) + " has no accessible text");
                }
            }
        }
        if (node instanceof Parent p && !(node instanceof Control && interactive)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, step, missing);
            }
        }
    }

    private static boolean insideSkin(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase || p instanceof ListView || p instanceof TableView || p instanceof javafx.scene.control.Spinner) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        String text = c instanceof javafx.scene.control.Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
    }
}
