package io.turnaround.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One customer organisation across its cases — how often it escalates, how the cases ended, what the resolutions
 * cost us, and the internal conduct notes — the evidence for deciding whether to keep serving it. Internal only.
 *
 * @param escalationsPerYear cases per year between the first case and now (at least one year counted)
 * @param costToUs           what the resolutions cost us, per currency
 */
public record CustomerHistory(String customer, List<Long> caseIds, Instant firstOpened, Instant lastOpened, double escalationsPerYear,
                              Map<CaseStatus, Integer> outcomes, Map<String, BigDecimal> costToUs, int approvalLoops,
                              @Internal List<String> conductNotes) {

    /** Every customer organisation, the ones with the most cases first. */
    public static List<CustomerHistory> of(List<CaseStats> cases, Instant now) {
        Map<String, List<CaseStats>> byCustomer = new LinkedHashMap<>();
        for (CaseStats c : cases) {
            String key = c.customer().strip();
            byCustomer.computeIfAbsent(key.isEmpty() ? "" : key, k -> new ArrayList<>()).add(c);
        }
        List<CustomerHistory> out = new ArrayList<>();
        byCustomer.forEach((customer, list) -> out.add(of(customer, list, now)));
        out.sort(Comparator.comparing((CustomerHistory h) -> -h.caseIds().size()).thenComparing(CustomerHistory::customer));
        return out;
    }

    static CustomerHistory of(String customer, List<CaseStats> cases, Instant now) {
        List<Long> ids = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        Map<CaseStatus, Integer> outcomes = new EnumMap<>(CaseStatus.class);
        Map<String, BigDecimal> cost = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        int loops = 0;
        for (CaseStats c : cases) {
            ids.add(c.caseId());
            if (c.openedAt() != null) {
                first = first == null || c.openedAt().isBefore(first) ? c.openedAt() : first;
                last = last == null || c.openedAt().isAfter(last) ? c.openedAt() : last;
            }
            outcomes.merge(c.status(), 1, Integer::sum);
            if (c.ourCost() != null) {
                cost.merge(c.currency(), c.ourCost(), BigDecimal::add);
            }
            if (!c.conductNotes().isBlank()) {
                notes.add(c.reference() + ": " + c.conductNotes().strip());
            }
            loops += c.approvalLoops();
        }
        double years = first == null ? 1 : Math.max(1.0, Duration.between(first, now).toDays() / 365.25);
        return new CustomerHistory(customer, ids, first, last, cases.size() / years, outcomes, cost, loops, notes);
    }
}
