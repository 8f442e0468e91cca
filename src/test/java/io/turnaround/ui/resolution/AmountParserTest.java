package io.turnaround.ui.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.ui.SessionFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmountParserTest {
    @TempDir
    Path dir;

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertNull(AmountParser.parse("  "));
        assertEquals(new BigDecimal("1250.50"), AmountParser.parse("1250.50"));
        assertEquals(new BigDecimal("1250000.50"), AmountParser.parse("1,250,000.50"));
        assertEquals(new BigDecimal("12.5"), AmountParser.parse("12,5"));
        assertEquals(new BigDecimal("0"), AmountParser.parse("0"));
    }

    @Test
    void refusesNegativeAndNonNumericWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AmountParser.parse("-5")).getMessage().contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AmountParser.parse("ten")).getMessage().contains("not an amount"));
    }

    @Test
    void aRefusedAmountIsNotSavedAndTheReasonIsShown() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ResolutionViewModel vm = new ResolutionViewModel(f.session);
            vm.ourCostProperty().set("300");
            assertEquals(new BigDecimal("300"), f.session.current().resolution().ourCost());
            vm.ourCostProperty().set("-300");
            assertTrue(vm.costErrorProperty().get().contains("negative"));
            assertEquals(new BigDecimal("300"), f.reloaded().resolution().ourCost());
        }
    }
}
