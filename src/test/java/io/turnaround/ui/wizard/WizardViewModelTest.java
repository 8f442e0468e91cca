package io.turnaround.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Empathize;
import io.turnaround.domain.Step;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardViewModelTest {
    @TempDir
    Path dir;

    @Test
    void backAndNextWalkTheNineStepsInOrder() {
        try (SessionFixture f = new SessionFixture(dir)) {
            WizardViewModel vm = new WizardViewModel(f.session);
            assertEquals(Step.LISTEN, vm.currentStepProperty().get());
            assertFalse(vm.canGoBackProperty().get());
            for (int i = 1; i < 9; i++) {
                vm.next();
            }
            assertEquals(Step.APPROVAL, vm.currentStepProperty().get());
            assertFalse(vm.canGoNextProperty().get());
            vm.next();
            assertEquals(Step.APPROVAL, vm.currentStepProperty().get());
            vm.back();
            assertEquals(Step.PREVENTION, vm.currentStepProperty().get());
            vm.goTo(Step.ASK);
            assertTrue(vm.canGoBackProperty().get() && vm.canGoNextProperty().get());
        }
    }

    @Test
    void changingStepFlushesWhatWasTyped() {
        try (SessionFixture f = new SessionFixture(dir)) {
            WizardViewModel vm = new WizardViewModel(f.session);
            f.session.update(c -> c.withEmpathize(new Empathize("I would be angry too", null)));
            vm.goTo(Step.ASK);
            f.settle(); // the flush was queued by the step change, ahead of the autosave delay
            assertFalse(f.session.hasUnsavedEdits());
            assertEquals("I would be angry too", f.repository.load(f.session.current().id()).orElseThrow().empathize().reflectBack());
        }
    }

    @Test
    void leavingProduceWithoutANextContactWarnsUntilOneIsSet() {
        try (SessionFixture f = new SessionFixture(dir)) {
            WizardViewModel vm = new WizardViewModel(f.session);
            vm.goTo(Step.PRODUCE);
            assertFalse(vm.leftWithoutNextContactProperty().get());
            vm.next();
            assertTrue(vm.leftWithoutNextContactProperty().get());
            assertEquals(Step.FACTS, vm.currentStepProperty().get(), "a warning, never a block");
            f.session.update(c -> c.withProduce(c.produce().withCommitments(java.util.List.of(new io.turnaround.domain.Commitment(
                    null, "Call back", "Ann", null, null, java.time.ZonedDateTime.now(f.clock), true, null)))));
            assertFalse(vm.leftWithoutNextContactProperty().get());
        }
    }

    @Test
    void completenessMarksFollowTheCase() {
        try (SessionFixture f = new SessionFixture(dir)) {
            WizardViewModel vm = new WizardViewModel(f.session);
            assertFalse(vm.completeProperty(Step.EMPATHIZE).get());
            f.session.update(c -> c.withEmpathize(new Empathize("Reflect", null)));
            assertTrue(vm.completeProperty(Step.EMPATHIZE).get());
        }
    }
}
