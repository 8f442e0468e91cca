package io.turnaround.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.DraftField;
import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.Step;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call bar: the clock and its commands on any step, and a quick note that lands in Listen's notes. */
class CallBarModelTest {
    @TempDir
    Path dir;

    @Test
    void aQuickNoteOnAskLandsInListensNotesWithTheCallClockStamp() {
        try (SessionFixture f = new SessionFixture(dir)) {
            WizardViewModel wizard = new WizardViewModel(f.session, f.clock);
            CallBarModel bar = wizard.callBar();
            bar.call().start();
            f.clock.advance(Duration.ofSeconds(95));
            wizard.goTo(Step.ASK);
            assertTrue(wizard.callBarShown().get(), "the call in view on Ask");

            bar.quickNote().textProperty().set("They have surgery at 7 tomorrow");
            assertEquals("They have surgery at 7 tomorrow", f.reloaded().draft(DraftField.QUICK_NOTE), "kept while typed");
            assertTrue(bar.quickNote().enter());
            Note note = f.reloaded().listen().notes().get(0);
            assertEquals("They have surgery at 7 tomorrow", note.text());
            assertEquals(95_000, note.callOffsetMillis(), "stamped with the call clock");
            assertEquals("", f.reloaded().draft(DraftField.QUICK_NOTE));
            assertEquals("01:35", bar.lastAddedProperty().get());

            bar.call().pause();
            assertEquals(Listen.CallState.PAUSED, bar.status().callStateProperty().get());
            wizard.goTo(Step.FACTS);
            assertTrue(wizard.callBarShown().get(), "a paused call stays in view after the call's steps");
            bar.call().end();
            assertFalse(wizard.callBarShown().get(), "an ended call leaves the resolution steps alone");
            wizard.goTo(Step.LISTEN);
            assertFalse(wizard.callBarShown().get(), "Listen has its own clock and note line");
        }
    }
}
