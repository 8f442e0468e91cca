package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.DueGroup;
import io.turnaround.domain.Produce;
import io.turnaround.ui.due.DueViewModel;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueViewModelTest {
    @TempDir
    Path dir;

    @Test
    void groupsTheLateFirstMarksDoneInPlaceAndCountsPromisesKept() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            ZonedDateTime now = ZonedDateTime.now(fx.clock);
            CaseFile c = CaseFile.start("", "Late delivery", "Acme", fx.clock.instant());
            fx.repository.create(c.withProduce(new Produce(List.of(
                    new Commitment("later", "Visit", "Ann", null, null, now.plusDays(20), false, null),
                    new Commitment("late", "Call back", "Ann", null, null, now.minusHours(2), true, null),
                    new Commitment("kept", "Send the report", "Ann", null, null, now.minusDays(3), false, now.minusDays(4).toInstant())),
                    List.of())));
            DueViewModel vm = new DueViewModel(fx.repository, fx.tasks, fx.clock);
            java.util.Map<DueGroup, Long> counts = fx.await(vm.countByGroup());
            assertEquals(java.util.Map.of(DueGroup.OVERDUE, 1L, DueGroup.LATER, 1L), counts);
            assertEquals(List.of(), vm.rows(), "counting keeps no rows");
            fx.await(vm.load());
            assertEquals(List.of(DueGroup.OVERDUE, DueGroup.LATER), vm.rows().stream().map(DueViewModel.Row::group).toList());
            assertEquals(2, vm.keptProperty().get().counted());
            assertEquals(1, vm.keptProperty().get().kept());

            fx.await(vm.markDone(vm.rows().get(0)));
            fx.settle();
            assertEquals(List.of("later"), vm.rows().stream().map(r -> r.item().itemId()).toList());
            assertEquals(2, vm.keptProperty().get().counted());
            assertEquals(1, vm.keptProperty().get().kept(), "done two hours late: not kept");
        }
    }
}
