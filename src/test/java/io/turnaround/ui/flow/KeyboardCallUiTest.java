package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.ExpectationState;
import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.QuestionKind;
import io.turnaround.store.CaseRepository;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole call by keyboard alone, as a manager on the phone would run it, then a check of what
 * was stored. No mouse: every step is reached by its shortcut and every field by Tab.
 */
class KeyboardCallUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    private void keys(KeyCode... codes) {
        ui.keys(codes);
    }

    private void chord(KeyCode key, KeyCode... modifiers) {
        ui.chord(key, modifiers);
    }

    private void line(String text) {
        ui.robot.write(text);
        keys(KeyCode.ENTER);
    }

    private org.testfx.service.query.NodeQuery find(String query) {
        return ui.find(query);
    }

    private CaseSession session() {
        return ui.session();
    }

    @Test
    void aWholeCallByKeyboardAlone() throws Exception {
        ui = WindowDriver.open(dataDir);

        // Listen: new case, start the clock, five notes with tags, two key points, a temperature.
        chord(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session() != null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find("#listen-note-input").query().isFocused());
        chord(KeyCode.S, KeyCode.CONTROL, KeyCode.SHIFT);
        line("The shirts peeled after three washes");
        chord(KeyCode.DIGIT1, KeyCode.ALT);
        line("All forty shirts are affected");
        chord(KeyCode.DIGIT1, KeyCode.ALT);
        line("Embarrassed in front of the whole town");
        chord(KeyCode.DIGIT2, KeyCode.ALT);
        line("Wants a free reprint before 1 May");
        chord(KeyCode.DIGIT3, KeyCode.ALT);
        line("Washed at an industrial laundry");
        chord(KeyCode.T, KeyCode.CONTROL);
        chord(KeyCode.T, KeyCode.CONTROL);
        chord(KeyCode.TAB, KeyCode.SHIFT);               // back to the notes list
        keys(KeyCode.HOME, KeyCode.SPACE, KeyCode.DOWN, KeyCode.SPACE);

        // Empathize: pick the first draft and say it.
        chord(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find("#empathize-reflect-back").query().isFocused());
        chord(KeyCode.TAB, KeyCode.SHIFT);               // the drafts
        keys(KeyCode.HOME, KeyCode.ENTER);
        keys(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.SPACE); // use button, reflect-back, "said on the call"

        // Ask: the four answers, three problems reordered, a claim confirmed.
        chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find("#ask-biggest-problem").query().isFocused());
        ui.robot.write("The print peels off");
        keys(KeyCode.TAB);
        ui.robot.write("Had to buy stopgap shirts");
        keys(KeyCode.TAB);
        ui.robot.write("A free reprint of all 40");
        keys(KeyCode.TAB);
        ui.robot.write("Two weeks");
        keys(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);     // own question, problems list, new problem
        line("Print peels");
        line("Stopgap costs");
        line("Parade embarrassment");
        chord(KeyCode.TAB, KeyCode.SHIFT);               // the problems list
        keys(KeyCode.END);
        chord(KeyCode.UP, KeyCode.ALT);
        chord(KeyCode.UP, KeyCode.ALT);
        keys(KeyCode.TAB, KeyCode.TAB);                  // new problem, claims
        keys(KeyCode.HOME, KeyCode.ENTER);               // restate the first claim
        keys(KeyCode.TAB, KeyCode.TAB);                  // restate-a-fact line, restated facts
        chord(KeyCode.C, KeyCode.ALT);

        // Produce: what next, owner, the proposed date, an escalated expectation.
        chord(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find("#produce-what").query().isFocused());
        ui.robot.write("Lab-test a washed shirt and call back with the result");
        keys(KeyCode.TAB);
        ui.robot.write("Head of Production");
        keys(KeyCode.TAB, KeyCode.SPACE);                // propose a date
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> find("#produce-date").queryAs(DatePicker.class).getValue() != null);
        keys(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB); // date, time, deadline, table, new expectation
        line("A free reprint of all 40 shirts");
        keys(KeyCode.TAB, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN); // state: validating -> escalated
        keys(KeyCode.TAB, KeyCode.TAB);                  // measure, escalated to
        ui.robot.write("Regional director");

        ui.flush();
        CaseFile c = new CaseRepository(ui.db, Clock.systemUTC()).load(session().current().id()).orElseThrow();

        Listen listen = c.listen();
        assertEquals(Listen.CallState.RUNNING, listen.callState());
        assertEquals(5, listen.notes().size());
        assertEquals(List.of(NoteTag.CLAIM, NoteTag.CLAIM, NoteTag.EMOTION, NoteTag.REQUEST, NoteTag.OTHER),
                listen.notes().stream().map(Note::tag).toList());
        assertEquals(List.of(true, true, false, false, false), listen.notes().stream().map(Note::keyPoint).toList());
        assertEquals(2, listen.temperatures().size());

        assertTrue(c.empathize().reflectBack().contains("the shirts peeled after three washes and all forty shirts are affected"),
                c.empathize().reflectBack());
        assertNotNull(c.empathize().saidOnCallAt());

        assertEquals("The print peels off", c.ask().answerTo(QuestionKind.BIGGEST_PROBLEM));
        assertEquals("Two weeks", c.ask().answerTo(QuestionKind.TIME_ALLOWED));
        assertEquals(List.of("Parade embarrassment", "Print peels", "Stopgap costs"),
                c.ask().problems().stream().map(CustomerProblem::text).toList());
        assertEquals(1, c.ask().checkDowns().size());
        assertEquals("The shirts peeled after three washes", c.ask().checkDowns().get(0).statement());
        assertEquals(CheckDownState.CONFIRMED, c.ask().checkDowns().get(0).state());

        Commitment next = c.produce().nextContact().orElseThrow();
        assertEquals("Lab-test a washed shirt and call back with the result", next.what());
        assertEquals("Head of Production", next.owner());
        assertNotNull(next.proposedAt());
        assertEquals(next.proposedAt(), next.dueAt(), "the proposal was accepted as the agreed date");
        assertTrue(next.dueAt().toLocalDate().isAfter(LocalDate.now()), "never today: there is a buffer");
        assertEquals(1, c.produce().expectations().size());
        assertEquals(ExpectationState.ESCALATED, c.produce().expectations().get(0).state());
        assertEquals("Regional director", c.produce().expectations().get(0).escalatedTo());
        assertFalse(c.produce().expectations().get(0).text().isBlank());
    }
}
