package io.turnaround.ui.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.QuestionKind;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.listen.ListenViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskViewModelTest {
    @TempDir
    Path dir;

    @Test
    void standingAndCustomQuestionsAreAnsweredAndSaved() {
        try (SessionFixture f = new SessionFixture(dir)) {
            AskViewModel vm = new AskViewModel(f.session);
            assertEquals(4, vm.standingQuestions().size());
            vm.answerProperty(QuestionKind.REMEDY_SOUGHT).set("A reprint");
            assertTrue(vm.addQuestion("How are the shirts washed?"));
            assertFalse(vm.addQuestion("  "));
            vm.customAnswerProperty(vm.customQuestions().get(0)).set("Industrial laundry, 90 °C");
            var ask = f.reloaded().ask();
            assertEquals("A reprint", ask.answerTo(QuestionKind.REMEDY_SOUGHT));
            assertEquals("Industrial laundry, 90 °C", ask.questions().get(4).answer());
            assertEquals(1, new AskViewModel(f.session).customQuestions().size(), "shown again on reopening");
        }
    }

    @Test
    void problemsAreReorderedWithTheCustomer() {
        try (SessionFixture f = new SessionFixture(dir)) {
            AskViewModel vm = new AskViewModel(f.session);
            vm.addProblem("Late delivery");
            vm.addProblem("Wrong invoice");
            vm.addProblem("Rude driver");
            assertTrue(vm.moveProblem(2, 0));
            assertTrue(vm.moveProblem(1, 2));
            assertFalse(vm.moveProblem(0, 3), "out of range");
            assertFalse(vm.moveProblem(0, -1));
            assertEquals(List.of("Rude driver", "Wrong invoice", "Late delivery"),
                    f.reloaded().ask().problems().stream().map(CustomerProblem::text).toList());
            vm.removeProblem(1);
            assertEquals(2, f.reloaded().ask().problems().size());
        }
    }

    @Test
    void claimsBecomeCheckDownsThatAreConfirmedOrCorrected() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel listen = new ListenViewModel(f.session, f.clock);
            AskViewModel vm = new AskViewModel(f.session);
            listen.draftProperty().set("All 40 shirts are affected");
            listen.addNote();
            listen.tagCurrent(NoteTag.CLAIM);
            listen.draftProperty().set("I'm furious");
            listen.addNote();
            listen.tagCurrent(NoteTag.EMOTION);
            assertEquals(1, vm.claimCandidates().size(), "only claims are offered");
            vm.addFromClaim(vm.claimCandidates().get(0));
            assertTrue(vm.claimCandidates().isEmpty(), "a restated claim is no longer offered");
            vm.addCheckDown("They wash them weekly");
            vm.setState(0, CheckDownState.CORRECTED);
            vm.setCorrection(0, "Only 32 of the 40");
            vm.setState(1, CheckDownState.CONFIRMED);
            var stored = f.reloaded().ask().checkDowns();
            assertEquals(CheckDownState.CORRECTED, stored.get(0).state());
            assertEquals("Only 32 of the 40", stored.get(0).correction());
            assertEquals(CheckDownState.CONFIRMED, stored.get(1).state());
            vm.setState(0, CheckDownState.CONFIRMED);
            assertEquals("", f.reloaded().ask().checkDowns().get(0).correction(), "a confirmed fact has no correction");
        }
    }
}
