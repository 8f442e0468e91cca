package io.turnaround.ui.prevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreventionViewModelTest {
    @TempDir
    Path dir;

    @Test
    void doneActionsGetChecksAt30_60And90Days() {
        try (SessionFixture f = new SessionFixture(dir)) {
            PreventionViewModel vm = new PreventionViewModel(f.session, f.clock);
            vm.whatProperty().set("Ask uniform customers how garments are cleaned");
            vm.sideProperty().set(ActionSide.OURS);
            vm.ownerProperty().set("Sales lead");
            vm.dueProperty().set(LocalDate.of(2026, 4, 1));
            assertTrue(vm.add());
            vm.update(0, ActionState.IN_PROGRESS, true, false);
            assertTrue(f.session.current().prevention().actions().get(0).checks().isEmpty(), "no checks before it is done");
            vm.update(0, ActionState.DONE, true, true);
            var action = f.reloaded().prevention().actions().get(0);
            LocalDate today = LocalDate.of(2026, 3, 2);
            assertEquals(today, action.doneOn());
            assertEquals(List.of(today.plusDays(30), today.plusDays(60), today.plusDays(90)),
                    action.checks().stream().map(EffectivenessCheck::dueOn).toList());
            assertTrue(action.documentProcess() && action.trainFromDocument());
            vm.updateCheck(0, 0, today.plusDays(35), "No repeat complaints", true);
            vm.update(0, ActionState.VERIFIED, true, true);
            action = f.reloaded().prevention().actions().get(0);
            assertEquals(3, action.checks().size(), "checks are not scheduled twice");
            assertEquals(new EffectivenessCheck(today.plusDays(35), "No repeat complaints", true), action.checks().get(0));
            assertNull(action.checks().get(1).passed());
        }
    }

    @Test
    void theCustomerSidePersonWithAuthorityIsKept() {
        try (SessionFixture f = new SessionFixture(dir)) {
            PreventionViewModel vm = new PreventionViewModel(f.session, f.clock);
            vm.customerAuthorityProperty().set("Chief Miller, budget holder");
            assertEquals("Chief Miller, budget holder", f.reloaded().prevention().customerAuthority());
        }
    }
}
