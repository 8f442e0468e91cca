package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A choice made from the keyboard is stored like a click: the stance questions answered with Space and the arrow keys. */
class KeyboardChoicesUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void theStanceQuestionsAnsweredWithTheArrowKeysAreStored() throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        ui.chord(KeyCode.DIGIT7, KeyCode.CONTROL);
        ui.press("#resolution-q-quick-yes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ui.session().current().resolution().factsQuickToAssess()));
        ui.keys(KeyCode.RIGHT); // moves the selection to "No" without a click
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Boolean.FALSE.equals(ui.session().current().resolution().factsQuickToAssess()));
        assertEquals(Boolean.FALSE, ui.session().current().resolution().factsQuickToAssess());
    }
}
