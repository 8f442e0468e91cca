package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Scenario;
import io.turnaround.store.CaseRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hospital's purchasing director, 200 surgical gowns with torn seams, replayed by keyboard as a manager takes it: notes
 * tagged and marked from the list reached by Shift+Tab, a claim restated and its correction typed in full, the stance
 * answered with the arrow keys, a scenario's reason typed and its evidence ticked with Space. Every value is then read
 * back from the case file.
 */
class GownsCallUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void theWholeCallByKeyboardStoresEveryValue() throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        ui.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        for (String note : List.of("200 surgical gowns arrived with torn seams", "Wants 200 replacements overnight",
                "Theatre list starts at 7 am")) {
            ui.type("#listen-note-input", note);
            ui.keys(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().listen().notes().size() == 3);
        ui.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // into the notes: the latest has the ring
        ui.keys(KeyCode.HOME);
        ui.chord(KeyCode.DIGIT1, KeyCode.ALT); // a claim
        ui.keys(KeyCode.SPACE); // a key point
        ui.keys(KeyCode.DOWN);
        ui.chord(KeyCode.DIGIT3, KeyCode.ALT); // a request
        ui.keys(KeyCode.SPACE);

        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        Node claims = ui.node("#ask-claims");
        ui.robot.interact(claims::requestFocus);
        ui.keys(KeyCode.ENTER); // restates the claim with the ring
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().ask().checkDowns().size() == 1);
        Node restated = ui.node("#ask-checkdowns");
        ui.robot.interact(restated::requestFocus);
        ui.chord(KeyCode.R, KeyCode.ALT);
        String correction = "Only 40 of the 200 gowns tore, all from lot 7731";
        ui.robot.write(correction);
        assertSame(ui.node("#ask-checkdown-correction"), ui.window.stage().getScene().getFocusOwner());

        ui.chord(KeyCode.DIGIT5, KeyCode.CONTROL);
        ui.type("#facts-what", "Lot 7731 failed the seam tensile test");
        ui.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().facts().size() == 1);

        ui.chord(KeyCode.DIGIT6, KeyCode.CONTROL);
        ui.type("#conclusions-scenario-input", "Weak thread in lot 7731");
        ui.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().conclusions().scenarios().size() == 1);
        String reason = "The lab measured 40 % less seam strength in that lot";
        ui.type("#conclusions-scenario-reason", reason);
        assertSame(ui.node("#conclusions-scenario-reason"), ui.window.stage().getScene().getFocusOwner(), "the reason kept the focus");
        ui.keys(KeyCode.TAB); // the evidence: Space ticks the fact with the ring
        javafx.scene.control.ListView<?> evidence = (javafx.scene.control.ListView<?>) ui.node("#conclusions-scenario-evidence");
        if (ui.window.stage().getScene().getFocusOwner() != evidence) {
            ui.robot.interact(evidence::requestFocus);
        }
        ui.robot.interact(() -> evidence.getFocusModel().focus(0));
        ui.keys(KeyCode.SPACE);

        ui.chord(KeyCode.DIGIT7, KeyCode.CONTROL);
        ui.press("#resolution-q-quick-yes");
        ui.keys(KeyCode.RIGHT); // the arrow keys move the answer to "No", as a click would

        ui.flush();
        CaseFile c = new CaseRepository(ui.db, Clock.systemUTC()).load(ui.session().current().id()).orElseThrow();
        List<Note> notes = c.listen().notes();
        assertEquals(List.of(NoteTag.CLAIM, NoteTag.REQUEST, NoteTag.OTHER), notes.stream().map(Note::tag).toList());
        assertEquals(List.of(true, true, false), notes.stream().map(Note::keyPoint).toList());
        CheckDown k = c.ask().checkDowns().get(0);
        assertEquals("200 surgical gowns arrived with torn seams", k.statement());
        assertEquals(CheckDownState.CORRECTED, k.state());
        assertEquals(correction, k.correction(), "typed in full");
        Scenario s = c.conclusions().scenarios().get(0);
        assertEquals(reason, s.reason(), "typed in full");
        assertEquals(List.of(c.facts().get(0).id()), s.evidenceFactIds(), "ticked with Space");
        assertEquals(Boolean.FALSE, c.resolution().factsQuickToAssess(), "answered with the arrow keys");
        assertEquals("", c.empathize().reflectBack(), "no keystroke landed on another step");
        assertTrue(c.listen().callStartedAt() != null);
    }
}
