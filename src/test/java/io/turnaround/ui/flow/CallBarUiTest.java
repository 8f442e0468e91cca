package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Note;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** On Ask, Ctrl+J and a sentence: it is in Listen's notes, and the manager never left Ask. */
class CallBarUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void aQuickNoteFromAskByKeyboard() throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        ui.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL); // start the call
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        ui.node("#call-bar");
        ui.chord(KeyCode.J, KeyCode.CONTROL);
        assertSame(ui.node("#call-bar-quick-note"), ui.window.stage().getScene().getFocusOwner());
        ui.robot.write("Theatre needs 80 gowns by 2 pm");
        ui.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ui.session().current().listen().notes().isEmpty());
        assertEquals(List.of("Theatre needs 80 gowns by 2 pm"), ui.session().current().listen().notes().stream().map(Note::text).toList());
        assertTrue(ui.find("#step-ask").tryQuery().map(javafx.scene.Node::isVisible).orElse(false), "still on Ask");

        ui.chord(KeyCode.DIGIT1, KeyCode.CONTROL); // and Listen shows it
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((javafx.scene.control.ListView<?>) ui.find("#listen-notes").query())
                .getItems().size() == 1);
    }
}
