package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step at 1280×720, the smallest window the app is made for, at the normal text size and at twice it: no label,
 * button, choice or text field is cut. A control is cut when its text is shortened with an ellipsis, or when a text field is
 * squeezed well below the width it asks for. (Table and list rows may shorten long text: they show it in full when
 * chosen.)
 */
class NothingClippedUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void everyStepAt1280x720() throws Exception {
        assertEquals(List.of(), clippedOnEveryStep(0));
    }

    /** Ctrl+= four times: 200 %, the largest text size (View › Text size). */
    @Test
    void everyStepAt1280x720WithTwiceTheTextSize() throws Exception {
        assertEquals(List.of(), clippedOnEveryStep(4));
    }


    private List<String> clippedOnEveryStep(int largerText) throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.robot.interact(() -> {
            ui.window.stage().setWidth(1280);
            ui.window.stage().setHeight(720);
        });
        for (int i = 0; i < largerText; i++) {
            ui.chord(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        List<String> clipped = new ArrayList<>();
        for (Step step : Step.values()) {
            ui.chord(KeyCode.getKeyCode(String.valueOf(step.number())), KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.find("#step-" + step.name().toLowerCase(java.util.Locale.ROOT))
                    .tryQuery().map(Node::isVisible).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            ui.robot.interact(() -> collectClipped(ui.window.stage().getScene().getRoot(), step, clipped));
        }
        // The library's pages: the list of cases, commitments due, the dashboard, the customers.
        ui.chord(KeyCode.W, KeyCode.CONTROL);
        page("#case-table", "CASES", clipped);
        ui.chord(KeyCode.D, KeyCode.CONTROL);
        page("#due", "DUE", clipped);
        ui.chord(KeyCode.D, KeyCode.CONTROL, KeyCode.SHIFT);
        page("#dashboard", "DASHBOARD", clipped);
        ui.chord(KeyCode.C, KeyCode.CONTROL, KeyCode.SHIFT);
        page("#customers", "CUSTOMERS", clipped);
        return clipped;
    }

    private void page(String query, String name, List<String> clipped) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.find(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        ui.robot.interact(() -> collectClipped(ui.window.stage().getScene().getRoot(), name, clipped));
    }

    private static void collectClipped(Node root, Object step, List<String> out) {
        for (Node n : root.lookupAll("*")) {
            if (!n.isVisible() || n.getScene() == null || !showing(n)) {
                continue;
            }
            if (n instanceof Labeled l && !(n instanceof IndexedCell<?> && !(n.getParent() != null
                    && n.getParent().getStyleClass().contains("combo-box")))) {
                Node text = l.lookup(".text");
                if (text instanceof Text t && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()
                        && !t.getText().equals(l.getText()) && (t.getText().endsWith("...") || t.getText().endsWith("\u2026"))) {
                    out.add(step + ": " + describe(l) + " shows \"" + t.getText() + "\" of \"" + l.getText() + "\"");
                }
            }
            if (n instanceof Labeled l && l.isWrapText() && l.getText() != null && !l.getText().isBlank()) {
                // A wrapping label is cut when it is narrower than its longest word: it then breaks inside words.
                double longest = 0;
                for (String word : l.getText().split("\\s+")) {
                    Text t = new Text(word);
                    t.setFont(l.getFont());
                    longest = Math.max(longest, t.getLayoutBounds().getWidth());
                }
                if (l.getWidth() + 1 < longest) {
                    out.add(step + ": " + describe(l) + " \"" + l.getText() + "\" breaks inside a word (" + Math.round(l.getWidth()) + " px)");
                }
            }
            if (n instanceof ComboBox<?> c && c.getWidth() < 60) {
                out.add(step + ": " + describe(c) + " is " + Math.round(c.getWidth()) + " px wide");
            }
            if (n instanceof TextField f && f.getWidth() < 0.6 * f.prefWidth(-1)) {
                out.add(step + ": " + describe(f) + " is " + Math.round(f.getWidth()) + " px of the " + Math.round(f.prefWidth(-1))
                        + " it asks for");
            }
        }
    }

    /** Shown: it and every parent visible (a hidden step's views stay in the scene graph). */
    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String id = n.getId();
        Node p = n;
        while (id == null && p.getParent() != null) {
            p = p.getParent();
            id = p.getId();
        }
        return n.getClass().getSimpleName() + (id == null ? "" : " in #" + id);
    }
}
