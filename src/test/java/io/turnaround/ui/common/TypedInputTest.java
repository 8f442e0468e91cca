package io.turnaround.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.facts.FactsViewModel;
import io.turnaround.ui.resolution.ResolutionViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of typed times and amounts, one message per kind of value, on every screen. */
class TypedInputTest {
    @TempDir
    Path dir;

    @Test
    void readsTimesAsPeopleTypeThem() throws Exception {
        assertEquals(Optional.empty(), TypedInput.time("  "));
        assertEquals(Optional.of(LocalTime.of(14, 30)), TypedInput.time("14:30"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), TypedInput.time("9:05"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), TypedInput.time("1430"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), TypedInput.time("905"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), TypedInput.time("14.30"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), TypedInput.time("9"));
        for (String bad : new String[] {"25:00", "14:60", "half past two", "14:3", "12345"}) {
            assertEquals(TypedInput.TIME_INVALID, assertThrows(TypedInput.Unreadable.class, () -> TypedInput.time(bad)).key(), bad);
        }
    }

    @Test
    void readsAmountsAsPeopleTypeThem() throws Exception {
        assertEquals(Optional.empty(), TypedInput.amount("  "));
        assertEquals(Optional.of(new BigDecimal("1250.50")), TypedInput.amount("1250.50"));
        assertEquals(Optional.of(new BigDecimal("1250000.50")), TypedInput.amount("1,250,000.50"));
        assertEquals(Optional.of(new BigDecimal("12.5")), TypedInput.amount("12,5"));
        assertEquals(Optional.of(new BigDecimal("0")), TypedInput.amount("0"));
        assertEquals(TypedInput.AMOUNT_NEGATIVE, assertThrows(TypedInput.Unreadable.class, () -> TypedInput.amount("-5")).key());
        assertEquals(TypedInput.AMOUNT_INVALID, assertThrows(TypedInput.Unreadable.class, () -> TypedInput.amount("ten")).key());
    }

    @Test
    void everyScreenSaysTheSameAndKeepsWhatItCouldNotRead() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ResolutionViewModel resolution = new ResolutionViewModel(f.session);
            resolution.ourCostProperty().set("300");
            assertEquals(new BigDecimal("300"), f.session.current().resolution().ourCost());
            resolution.ourCostProperty().set("-300");
            assertEquals(TypedInput.AMOUNT_NEGATIVE, resolution.costErrorProperty().get());
            assertEquals(new BigDecimal("300"), f.reloaded().resolution().ourCost());

            FactsViewModel facts = new FactsViewModel(f.session, null, ZoneId.of("Europe/Paris"));
            facts.whatProperty().set("Seams torn");
            facts.timeProperty().set("25:10");
            assertTrue(!facts.add());
            assertEquals(TypedInput.TIME_INVALID, facts.formErrorProperty().get());
            assertEquals(new I18n(java.util.Locale.ENGLISH).get(TypedInput.TIME_INVALID), "Type the time as HH:MM, e.g. 14:30.");
        }
    }
}
