package io.turnaround.ui.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.Responsibility;
import io.turnaround.domain.Stance;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.ask.AskViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionViewModelTest {
    @TempDir
    Path dir;

    @Test
    void thePrincipleIsSuggestedFromTheConclusionsAndTheVerbalAgreement() {
        try (SessionFixture f = new SessionFixture(dir)) {
            new AskViewModel(f.session).answerProperty(QuestionKind.REMEDY_SOUGHT).set("Reprint all 40");
            ResolutionViewModel vm = new ResolutionViewModel(f.session);
            assertEquals("Reprint all 40", vm.requestedRemedyProperty().get());
            assertEquals(FairnessPrinciple.NONE, vm.suggestedProperty().get());
            // Chosen on Conclusions: the hint on Resolution follows at once.
            new io.turnaround.ui.conclusions.ConclusionsViewModel(f.session).responsibilityProperty().set(Responsibility.OURS);
            assertEquals(FairnessPrinciple.ENTIRELY_OURS, vm.suggestedProperty().get());
            f.session.update(c -> c.withConclusions(c.conclusions().withResponsibility(Responsibility.BOTH)));
            assertEquals(FairnessPrinciple.BOTH_MADE_MISTAKES, vm.suggestedProperty().get());
            vm.verbalAgreementProperty().set(true);
            assertEquals(FairnessPrinciple.UNWRITTEN_AGREEMENT, vm.suggestedProperty().get());
            vm.useSuggestion();
            var stored = f.reloaded().resolution();
            assertEquals(FairnessPrinciple.UNWRITTEN_AGREEMENT, stored.principle());
            assertEquals("Reprint all 40", stored.requestedRemedy());
        }
    }

    @Test
    void theRecommendedStanceIsRecordedWithTheAnswers() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ResolutionViewModel vm = new ResolutionViewModel(f.session);
            vm.factsQuickProperty().set(true);
            vm.findingDearerProperty().set(true);
            assertEquals(Stance.UNDECIDED, vm.stanceProperty().get());
            vm.couldHurtProperty().set(false);
            assertEquals(Stance.CUSTOMER_IS_RIGHT, vm.stanceProperty().get());
            vm.couldHurtProperty().set(true);
            var stored = f.reloaded().resolution();
            assertEquals(Stance.PROPOSE_BETTER_SOLUTION, stored.stance());
            assertEquals(Boolean.TRUE, stored.requestCouldHurtCustomer());
        }
    }
}
