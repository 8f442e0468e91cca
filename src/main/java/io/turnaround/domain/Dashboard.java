package io.turnaround.domain;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures of the dashboard, each with the cases behind it so that a chart can open them. Computed from
 * {@link CaseStats}; every figure is plain arithmetic a test can check by hand.
 */
public record Dashboard(
        Map<YearMonth, List<Long>> escalationsPerMonth,
        OptionalDouble medianDaysToApproval,
        List<Long> approvedCases,
        Map<Integer, List<Long>> casesByApprovalLoops,
        Map<Responsibility, List<Long>> responsibility,
        Map<String, List<Long>> topCauses,
        PromisesKept.Tally promisesKept,
        int preventionActionsOverdue,
        List<Long> casesWithPreventionOverdue,
        int effectivenessChecksFailed,
        List<Long> casesWithFailedChecks) {

    static final int TOP_CAUSES = 5;

    public static Dashboard of(List<CaseStats> cases, PromisesKept.Tally promisesKept, ZoneId zone) {
        Map<YearMonth, List<Long>> perMonth = new TreeMap<>();
        Map<Integer, List<Long>> loops = new TreeMap<>();
        Map<Responsibility, List<Long>> responsibility = new EnumMap<>(Responsibility.class);
        Map<String, List<Long>> causes = new LinkedHashMap<>();
        List<Double> daysToApproval = new ArrayList<>();
        List<Long> approved = new ArrayList<>();
        List<Long> preventionCases = new ArrayList<>();
        List<Long> checkCases = new ArrayList<>();
        int preventionOverdue = 0;
        int checksFailed = 0;
        for (CaseStats c : cases) {
            if (c.openedAt() != null) {
                perMonth.computeIfAbsent(YearMonth.from(c.openedAt().atZone(zone)), m -> new ArrayList<>()).add(c.caseId());
            }
            if (c.approvalLoops() > 0) {
                loops.computeIfAbsent(c.approvalLoops(), n -> new ArrayList<>()).add(c.caseId());
            }
            responsibility.computeIfAbsent(c.responsibility(), r -> new ArrayList<>()).add(c.caseId());
            if (!c.causeCategory().isBlank()) {
                causes.computeIfAbsent(c.causeCategory().strip(), k -> new ArrayList<>()).add(c.caseId());
            }
            if (c.approvedAt() != null && c.openedAt() != null) {
                approved.add(c.caseId());
                daysToApproval.add(Duration.between(c.openedAt(), c.approvedAt()).toMinutes() / (24.0 * 60));
            }
            if (c.preventionOverdue() > 0) {
                preventionOverdue += c.preventionOverdue();
                preventionCases.add(c.caseId());
            }
            if (c.checksFailed() > 0) {
                checksFailed += c.checksFailed();
                checkCases.add(c.caseId());
            }
        }
        Map<String, List<Long>> top = new LinkedHashMap<>();
        causes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Long>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(TOP_CAUSES).forEach(e -> top.put(e.getKey(), e.getValue()));
        return new Dashboard(perMonth, median(daysToApproval), approved, loops, responsibility, top, promisesKept, preventionOverdue,
                preventionCases, checksFailed, checkCases);
    }

    /** The middle value; with an even count, the mean of the two middle ones. */
    static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }
}
