package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a live call no keystroke may leave the step or land in another field, and in every list the row with the focus
 * ring is the row the keys act on. Each test replays, by keyboard, what went wrong on a call.
 */
class FocusIsSelectionUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    private void newCaseWithNotes(String... notes) throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        for (String note : notes) {
            ui.type("#listen-note-input", note);
            ui.keys(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().listen().notes().size() == notes.length);
    }

    private CaseFile stored() throws Exception {
        ui.flush();
        return ui.session().current();
    }

    @Test
    void aCorrectionTypedInFullStaysInItsFieldAndNothingLeavesTheStep() throws Exception {
        newCaseWithNotes("They received 200 gowns on the 12th");
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        ui.type("#ask-checkdown-input", "The gowns arrived on the 12th");
        ui.keys(KeyCode.ENTER);
        Node list = ui.node("#ask-checkdowns");
        ui.robot.interact(list::requestFocus);
        ui.chord(KeyCode.R, KeyCode.ALT); // marks it corrected and puts the caret in the correction
        String sentence = "Delivered on the 14th, not the 12th, and 40 of them torn";
        ui.robot.write(sentence);
        ui.keys(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        CheckDown k = stored().ask().checkDowns().get(0);
        assertEquals(CheckDownState.CORRECTED, k.state());
        assertEquals(sentence + " ", k.correction(), "every character, the last Space too, went into the correction");
        assertSame(ui.node("#ask-checkdown-correction"), ui.window.stage().getScene().getFocusOwner(), "the focus stayed");
        assertTrue(ui.find("#step-ask").tryQuery().isPresent(), "still on Ask");
        assertEquals("", stored().empathize().reflectBack(), "nothing landed on Empathize");
        assertTrue(!ui.node("#wizard-back").isFocusTraversable() && !ui.node("#wizard-next").isFocusTraversable(),
                "Back and Next are never where the focus falls by itself");
    }

    @Test
    void inListensNotesTheNoteWithTheFocusRingIsTheOneTaggedAndMarked() throws Exception {
        newCaseWithNotes("First: the gowns tore in theatre", "Second: the surgeon was furious", "Third: they need 200 by Friday");
        ui.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // from the note line back to the list
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(ui.node("#listen-notes"), ui.window.stage().getScene().getFocusOwner());
        ui.keys(KeyCode.UP); // the ring moves from the latest note to the second
        ui.chord(KeyCode.DIGIT2, KeyCode.ALT); // tag it: emotion
        ui.keys(KeyCode.SPACE); // and mark it a key point, not open it for editing
        List<Note> notes = stored().listen().notes();
        assertEquals(NoteTag.EMOTION, notes.get(1).tag(), "the note with the focus ring was tagged");
        assertTrue(notes.get(1).keyPoint(), "and marked");
        assertEquals(NoteTag.OTHER, notes.get(2).tag(), "the latest note was left alone");
        assertEquals(-1, ((javafx.scene.control.ListView<?>) ui.node("#listen-notes")).getEditingIndex(), "nothing is being edited");
    }

    @Test
    void inAsksClaimsEnterRestatesTheClaimWithTheFocusRing() throws Exception {
        newCaseWithNotes("200 gowns were ordered", "40 tore at the shoulder seam");
        ui.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        ui.keys(KeyCode.HOME);
        ui.chord(KeyCode.DIGIT1, KeyCode.ALT); // the first note: a claim
        ui.keys(KeyCode.DOWN);
        ui.chord(KeyCode.DIGIT1, KeyCode.ALT); // the second too
        assertEquals(List.of(NoteTag.CLAIM, NoteTag.CLAIM), stored().listen().notes().stream().map(Note::tag).toList());
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        Node claims = ui.node("#ask-claims");
        ui.robot.interact(claims::requestFocus); // as Tab reaches it: a ring on the first claim
        ui.keys(KeyCode.ENTER);
        assertEquals(List.of("200 gowns were ordered"), stored().ask().checkDowns().stream().map(CheckDown::statement).toList(),
                "Enter restated the claim with the ring, the first");
    }
}
