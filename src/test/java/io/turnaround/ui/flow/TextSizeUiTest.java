package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** View › Text size by keyboard: every text of the window follows, the menu ticks the size, and the next start keeps it. */
class TextSizeUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void ctrlEqualsAndMinusScaleEveryTextAndTheSizeIsKeptForTheNextStart() throws Exception {
        ui = WindowDriver.open(dataDir);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "On this computer".equals(
                ((Label) ui.find("#status-library").query()).getText()));
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        double title = titleSize();
        assertEquals(13 * 1.54, title, 0.5, "the step title at the normal size");

        for (int i = 0; i < 6; i++) { // two more than there are sizes: it stops at twice the normal size
            ui.chord(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        assertEquals(2 * title, titleSize(), 0.5, "Ctrl+= four times doubles the text");
        assertEquals(26, ((Label) ui.node("#status-line")).getFont().getSize() / 0.92, 0.5, "the status line too");
        assertTrue(ticked("#menu-text-200"));

        ui.robot.interact(() -> {
            ui.window.stage().setWidth(1280);
            ui.window.stage().setHeight(720);
        });
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        ui.chord(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertInSight("at twice the size, Listen opens with its note line in sight");
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        for (int i = 0; i < 10; i++) { // the fields of Ask, before the focus leaves the step for the header
            ui.keys(KeyCode.TAB);
            assertInSight("Tab " + (i + 1) + " on Ask");
        }

        ui.chord(KeyCode.MINUS, KeyCode.CONTROL);
        assertEquals(1.75 * title, titleSize(), 0.5, "Ctrl+- one size down");
        ui.chord(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(title, titleSize(), 0.5, "Ctrl+0 back to normal");
        ui.chord(KeyCode.EQUALS, KeyCode.CONTROL);
        ui.chord(KeyCode.EQUALS, KeyCode.CONTROL);
        assertTrue(ticked("#menu-text-150"));

        ui.close();
        ui = WindowDriver.open(dataDir);
        ui.node("#case-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ticked("#menu-text-150"));
        ui.robot.interact(() -> assertEquals(1.5 * 13, ((Label) ui.window.stage().getScene().lookup("#status-line")).getFont().getSize() / 0.92, 0.5,
                "the next start opens at the size chosen"));
    }

    /** The focused field lies within what the step's scroll pane shows (its top, when it is taller than that). */
    private void assertInSight(String what) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ui.robot.interact(() -> {
            javafx.scene.Node focused = ui.window.stage().getScene().getFocusOwner();
            javafx.scene.Node pane = ui.window.stage().getScene().lookup(".step-scroll");
            javafx.geometry.Bounds field = focused.localToScene(focused.getLayoutBounds());
            javafx.geometry.Bounds view = pane.localToScene(pane.getLayoutBounds());
            // A field taller than the view (a list) shows its top.
            boolean bottomInSight = field.getMaxY() <= view.getMaxY() + 1 || field.getHeight() > view.getHeight();
            assertTrue(field.getMinY() >= view.getMinY() - 1 && field.getMinY() < view.getMaxY() && bottomInSight,
                    what + ": " + focused.getId() + " at " + field + ", the step shows " + view);
        });
    }

    private double titleSize() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) ui.node("#wizard-step-title")).getFont().getSize();
    }

    private boolean ticked(String id) {
        return ui.window.stage().getScene().getRoot().lookupAll(".menu-bar").isEmpty() ? false
                : menuItem(id) instanceof RadioMenuItem r && r.isSelected();
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ui.window.stage().getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> ("#" + i.getId()).equals(id)).findFirst().orElse(null);
    }
}
