package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dashboard and customer figures on six hand-made cases, every expected number worked out by hand. */
class DashboardTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    private static CaseStats stats(long id, String customer, CaseStatus status, String opened, String approved, int loops,
                                   Responsibility who, String cause, String cost, int preventionOverdue, int checksFailed, String notes) {
        return new CaseStats(id, "T-" + id, customer, status, Instant.parse(opened), approved == null ? null : Instant.parse(approved),
                loops, who, cause, cost == null ? null : new BigDecimal(cost), "EUR", preventionOverdue, checksFailed, notes);
    }

    static final List<CaseStats> CASES = List.of(
            // opened 1 Jan, approved 11 Jan 00:00: 10 days, one loop
            stats(1, "Acme", CaseStatus.APPROVED, "2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z", 1, Responsibility.OURS, "Delivery",
                    "100.00", 0, 0, ""),
            // 31 Jan 23:30 UTC is 1 February in Berlin; approved 4 days and 12 hours later, two loops
            stats(2, "Acme", CaseStatus.CLOSED, "2026-01-31T23:30:00Z", "2026-02-05T11:30:00Z", 2, Responsibility.BOTH, "Delivery",
                    "50.50", 1, 0, "Shouts on the phone"),
            stats(3, "Globex", CaseStatus.APPROVED, "2026-02-10T09:00:00Z", "2026-03-12T09:00:00Z", 3, Responsibility.CUSTOMERS, "Billing",
                    "0", 0, 2, ""),
            stats(4, "Globex", CaseStatus.AWAITING_APPROVAL, "2026-02-20T09:00:00Z", null, 1, Responsibility.OURS, "Delivery", null, 2, 0, ""),
            stats(5, "Initech", CaseStatus.INVESTIGATING, "2026-03-01T09:00:00Z", null, 0, Responsibility.UNDECIDED, "", null, 0, 0, ""),
            stats(6, "Acme", CaseStatus.APPROVED, "2026-03-15T09:00:00Z", "2026-03-23T09:00:00Z", 1, Responsibility.OURS, "Quality",
                    "20", 0, 1, "Polite"));

    @Test
    void dashboardFiguresMatchTheHandCount() {
        Dashboard d = Dashboard.of(CASES, new PromisesKept.Tally(4, 3), ZONE);
        assertEquals(Map.of(YearMonth.of(2026, 1), List.of(1L), YearMonth.of(2026, 2), List.of(2L, 3L, 4L),
                YearMonth.of(2026, 3), List.of(5L, 6L)), d.escalationsPerMonth(), "case 2 counts in February, Berlin time");
        // Days to approval: 10, 4.5, 30, 8 → sorted 4.5, 8, 10, 30 → median (8 + 10) / 2 = 9.
        assertEquals(9.0, d.medianDaysToApproval().orElseThrow(), 1e-9);
        assertEquals(List.of(1L, 2L, 3L, 6L), d.approvedCases());
        assertEquals(Map.of(1, List.of(1L, 4L, 6L), 2, List.of(2L), 3, List.of(3L)), d.casesByApprovalLoops());
        assertEquals(List.of(1L, 4L, 6L), d.responsibility().get(Responsibility.OURS));
        assertEquals(List.of("Delivery", "Billing", "Quality"), List.copyOf(d.topCauses().keySet()), "most cases first, then by name");
        assertEquals(List.of(1L, 2L, 4L), d.topCauses().get("Delivery"));
        assertEquals(3, d.preventionActionsOverdue());
        assertEquals(List.of(2L, 4L), d.casesWithPreventionOverdue());
        assertEquals(3, d.effectivenessChecksFailed());
        assertEquals(List.of(3L, 6L), d.casesWithFailedChecks());
        assertEquals(0.75, d.promisesKept().share().orElseThrow(), 1e-12);
    }

    @Test
    void eachCustomersHistoryIsTheirCasesOutcomesAndCost() {
        List<CustomerHistory> customers = CustomerHistory.of(CASES, NOW);
        assertEquals(List.of("Acme", "Globex", "Initech"), customers.stream().map(CustomerHistory::customer).toList());
        CustomerHistory acme = customers.get(0);
        assertEquals(List.of(1L, 2L, 6L), acme.caseIds());
        assertEquals(Map.of(CaseStatus.APPROVED, 2, CaseStatus.CLOSED, 1), acme.outcomes());
        assertEquals(new BigDecimal("170.50"), acme.costToUs().get("EUR"));
        assertEquals(4, acme.approvalLoops());
        // First case 1 Jan 2026, now 30 June: under a year, so a whole year is counted: 3 cases a year.
        assertEquals(3.0, acme.escalationsPerYear(), 1e-9);
        assertEquals(List.of("T-2: Shouts on the phone", "T-6: Polite"), acme.conductNotes());
        assertTrue(customers.get(2).costToUs().isEmpty(), "no resolution cost recorded yet");
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(4.0, Dashboard.median(List.of(9.0, 1.0, 4.0)).orElseThrow(), 0);
        assertTrue(Dashboard.median(List.of()).isEmpty());
    }
}
