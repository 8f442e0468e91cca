package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a killed app leaves behind — a case open at a step, a sentence half typed in the note line — comes back on the
 * next start; after a normal quit the app opens on the list. (The kill itself was tried under Xvfb with SIGKILL.)
 */
class ResumeAfterCrashUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void theNextStartOpensTheCaseAndStepThatWereOpenWithTheHalfTypedNote() throws Exception {
        long id;
        try (Database db = Database.openIn(dataDir)) {
            CaseFile c = CaseFile.start("", "Gowns with torn seams", "St Mary's Hospital", Instant.now());
            c = c.withListen(c.listen().withNoteDraft("They need 200 gowns by Fri"));
            id = new CaseRepository(db, Clock.systemUTC()).create(c).id();
            SettingsRepository settings = new SettingsRepository(db);
            settings.put(io.turnaround.domain.SettingKey.SAMPLE_OFFERED, "true");
            settings.put(io.turnaround.domain.SettingKey.RESUME_CASE, String.valueOf(id));
            settings.put(io.turnaround.domain.SettingKey.RESUME_STEP, "ASK");
        }
        ui = WindowDriver.open(dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null && ui.find("#step-ask").tryQuery().isPresent());
        assertEquals(id, ui.session().current().id());
        ui.chord(KeyCode.DIGIT1, KeyCode.CONTROL);
        TextInputControl note = (TextInputControl) ui.node("#listen-note-input");
        assertEquals("They need 200 gowns by Fri", note.getText(), "the sentence is where it was");

        ui.close(); // a normal quit
        ui = WindowDriver.open(dataDir);
        WaitForAsyncUtils.waitForFxEvents();
        ui.node("#case-table");
        Thread.sleep(500); // give a wrong resume the time it would take
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(ui.session(), "after a normal quit the app opens on the list");
    }
}
