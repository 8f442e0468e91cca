package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E on an open case: the summary window drafts the covering text, takes edits, and writes the email draft. */
class SummaryUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void ctrlEOpensTheSummaryAndEmailToAllPartiesWritesTheDraft() throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.robot.clickOn(ui.node("#case-list-new"));
        ui.node("#listen-note-input");
        ui.chord(KeyCode.E, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup("#summary-cover").tryQuery()
                .map(n -> !((TextArea) n).getText().isEmpty() && !n.isDisabled()).orElse(false));
        TextArea cover = ui.robot.lookup("#summary-cover").queryAs(TextArea.class);
        assertTrue(cover.getText().startsWith("Dear all,"), cover.getText());
        ui.robot.clickOn(cover);
        ui.robot.interact(cover::end);
        ui.robot.write("\nP.S. Typed in the summary window.");
        Node email = ui.robot.lookup("#summary-email").query();
        ui.robot.interact(email::requestFocus);
        ui.keys(KeyCode.SPACE);

        Path exports = dataDir.resolve("exports");
        // The draft is written to a temporary file and renamed: wait for the .eml itself.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isDirectory(exports) && emlIn(exports) != null);
        Path eml = emlIn(exports);
        String draft = io.turnaround.export.EmailDraftTestAccess.bodies(Files.readAllBytes(eml));
        assertTrue(draft.contains("P.S. Typed in the summary window."), draft);
        assertTrue(new String(Files.readAllBytes(eml), StandardCharsets.US_ASCII).contains("X-Unsent: 1"));
    }

    private static Path emlIn(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).findFirst().orElse(null);
        }
    }
}
