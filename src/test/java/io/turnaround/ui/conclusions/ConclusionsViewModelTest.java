package io.turnaround.ui.conclusions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Side;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConclusionsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void scenariosAreKeptOrEliminatedWithTheirEvidence() {
        try (SessionFixture f = new SessionFixture(dir)) {
            Fact lab = new Fact(null, LocalDate.of(2026, 2, 1), null, "Lab cure test passed", Side.OUR_FIRM, "Report 17", List.of(), true,
                    FactKind.FACT);
            Fact laundry = new Fact(null, LocalDate.of(2026, 2, 20), null, "Laundry runs at 90 °C", Side.THIRD_PARTY, "Letter", List.of(),
                    true, FactKind.FACT);
            f.session.update(c -> c.withFacts(List.of(lab, laundry)));
            ConclusionsViewModel vm = new ConclusionsViewModel(f.session);
            assertTrue(vm.noneKeptProperty().get());
            vm.addScenario("Ink cured too briefly");
            vm.addScenario("Laundry too hot for any print");
            assertFalse(vm.noneKeptProperty().get(), "new scenarios start kept");
            vm.decide(0, false, "The lab cure test passed", List.of(lab.id()));
            vm.decide(1, true, "The laundry's own letter", List.of(lab.id(), laundry.id()));
            vm.breakdownProperty().set(vm.facts().get(1));
            vm.causeCategoryProperty().set("Care instructions");
            var stored = f.reloaded().conclusions();
            assertEquals(laundry.id(), stored.breakdownFactId());
            assertFalse(stored.scenarios().get(0).kept());
            assertEquals(List.of(lab.id()), stored.scenarios().get(0).evidenceFactIds());
            assertEquals(List.of(lab.id(), laundry.id()), stored.scenarios().get(1).evidenceFactIds());
            assertEquals("Care instructions", stored.causeCategory());
            vm.decide(1, false, "", List.of());
            assertTrue(vm.noneKeptProperty().get(), "a warning when none is kept");
        }
    }
}
