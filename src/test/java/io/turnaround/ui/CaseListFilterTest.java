package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.caselist.CaseListFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseListFilterTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final List<CaseSummary> CASES = List.of(
            new CaseSummary(1, "T-1", "Acme Logistics", "Late", CaseStatus.INVESTIGATING, Instant.parse("2026-01-05T10:00:00Z"),
                    Instant.parse("2026-03-01T09:00:00Z"), false, "Delivery"),
            new CaseSummary(2, "T-2", "Globex", "Invoice", CaseStatus.APPROVED, Instant.parse("2026-02-01T10:00:00Z"),
                    Instant.parse("2026-02-03T09:00:00Z"), false, "Billing"),
            new CaseSummary(3, "T-3", "ACME Foods", "Shirts", CaseStatus.OPEN_ON_CALL, Instant.parse("2026-02-28T23:30:00Z"),
                    Instant.parse("2026-04-01T09:00:00Z"), false, "delivery"));

    private static List<Long> shown(CaseListFilter f) {
        return CASES.stream().filter(f.predicateProperty().get()).map(CaseSummary::id).toList();
    }

    @Test
    void eachFilterNarrowsTheListAndTheyCombine() {
        CaseListFilter f = new CaseListFilter(Clock.fixed(NOW, ZoneId.of("Europe/Berlin")));
        assertEquals(List.of(1L, 2L, 3L), shown(f));
        f.customerProperty().set("acme");
        assertEquals(List.of(1L, 3L), shown(f), "customer: any part, any case");
        f.categoryProperty().set("Delivery");
        assertEquals(List.of(1L, 3L), shown(f));
        f.overdueOnlyProperty().set(true);
        assertEquals(List.of(1L), shown(f), "an open case whose next contact has passed; an approved one is not overdue");
        f.clear();
        f.fromProperty().set(LocalDate.of(2026, 3, 1));
        assertEquals(List.of(3L), shown(f), "opened 28 Feb 23:30 UTC is 1 March in Berlin");
        f.toProperty().set(LocalDate.of(2026, 3, 1));
        assertEquals(List.of(3L), shown(f));
        f.clear();
        f.statusProperty().set(CaseStatus.APPROVED);
        assertEquals(List.of(2L), shown(f));
        f.clear();
        f.onlyProperty().set(Set.of(2L, 3L));
        assertEquals(List.of(2L, 3L), shown(f));
    }

    @Test
    void mineShowsTheCasesOfTheManagersRoleAndClearingTheFiltersKeepsIt() {
        CaseListFilter f = new CaseListFilter(Clock.fixed(NOW, ZoneId.of("Europe/Berlin")));
        List<CaseSummary> team = List.of(
                new CaseSummary(1, "T-1", "Acme", "Late", CaseStatus.INVESTIGATING, NOW, null, false, "", "anna"),
                new CaseSummary(2, "T-2", "Globex", "Invoice", CaseStatus.INVESTIGATING, NOW, null, false, "", "ben"));
        f.ownerProperty().set("anna");
        assertEquals(List.of(1L), team.stream().filter(f.predicateProperty().get()).map(CaseSummary::id).toList());
        f.clear();
        assertEquals(List.of(1L), team.stream().filter(f.predicateProperty().get()).map(CaseSummary::id).toList(),
                "Mine is a view, not a filter the Clear button removes");
        f.ownerProperty().set("");
        assertEquals(List.of(1L, 2L), team.stream().filter(f.predicateProperty().get()).map(CaseSummary::id).toList());
    }
}
