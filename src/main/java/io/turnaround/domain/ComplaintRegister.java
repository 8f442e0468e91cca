package io.turnaround.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The complaint register of a period: one row per regulated complaint received or closed in it, and the half-yearly
 * summary a complaints return asks for, by product and category — opened, closed within three business days, within
 * eight weeks, later; the share upheld; redress paid.
 */
public final class ComplaintRegister {
    private ComplaintRegister() {
    }

    /** A regulated case as the register reads it (the store reads only these parts). */
    public record Entry(long id, String reference, String category, Instant openedAt, Complaint complaint) {
    }

    /**
     * One line of the register.
     *
     * @param closed          the day the final response or summary resolution went out, or null while open
     * @param daysToClose     calendar days from receipt to closing, or -1 while open
     * @param businessDaysToClose business days after the day of receipt up to the day closed, or -1 while open
     */
    public record Row(long id, String reference, Regime regime, LocalDate received, String product, String category, String rootCause,
                      ComplaintOutcome outcome, boolean upheld, BigDecimal redressOffered, BigDecimal redressPaid, String currency,
                      LocalDate closed, long daysToClose, int businessDaysToClose, LocalDate referredOn) {
    }

    /** The figures of one product and category in the period. */
    public record Group(String product, String category, int opened, int closed, int withinThreeBusinessDays, int withinEightWeeks,
                        int later, int upheld, BigDecimal redressPaid) {
        /** Upheld as a share of those closed, in percent (0 when none closed). */
        public double upheldPercent() {
            return closed == 0 ? 0 : 100.0 * upheld / closed;
        }
    }

    public record Register(LocalDate from, LocalDate to, List<Row> rows, List<Group> groups) {
    }

    /**
     * @param from first day of the period, {@code to} its last (both in the firm's zone)
     */
    public static Register of(List<Entry> entries, LocalDate from, LocalDate to, ComplaintRules rules) {
        List<Row> rows = new ArrayList<>();
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Map<List<String>, BigDecimal> paid = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Entry e : entries) {
            Complaint m = e.complaint();
            if (!m.regulated()) {
                continue;
            }
            Instant receivedAt = m.receivedAt() != null ? m.receivedAt() : e.openedAt();
            if (receivedAt == null) {
                continue;
            }
            LocalDate received = receivedAt.atZone(rules.zone()).toLocalDate();
            LocalDate closed = m.closedAt().map(t -> t.atZone(rules.zone()).toLocalDate()).orElse(null);
            boolean receivedIn = !received.isBefore(from) && !received.isAfter(to);
            boolean closedIn = closed != null && !closed.isBefore(from) && !closed.isAfter(to);
            if (!receivedIn && !closedIn) {
                continue;
            }
            HolidayCalendar calendar = rules.calendarFor(m.regime());
            String currency = m.redress().isEmpty() ? "" : m.redress().get(0).currency();
            BigDecimal redressPaid = currency.isEmpty() ? BigDecimal.ZERO : m.redressTotal(true, currency);
            int business = closed == null ? -1 : calendar.businessDaysBetween(received, closed);
            rows.add(new Row(e.id(), e.reference(), m.regime(), received, m.product(), e.category(), m.rootCause(), m.outcome(),
                    m.outcome().upheld(), currency.isEmpty() ? BigDecimal.ZERO : m.redressTotal(false, currency), redressPaid, currency,
                    closed, closed == null ? -1 : ChronoUnit.DAYS.between(received, closed), business, m.referredOn()));
            List<String> key = List.of(m.product(), e.category());
            int[] c = counts.computeIfAbsent(key, k -> new int[6]);
            if (receivedIn) {
                c[0]++;
            }
            if (closedIn) {
                c[1]++;
                if (business <= 3) {
                    c[2]++;
                } else if (!closed.isAfter(received.plusWeeks(8))) {
                    c[3]++;
                } else {
                    c[4]++;
                }
                if (m.outcome().upheld()) {
                    c[5]++;
                }
                paid.merge(key, redressPaid, BigDecimal::add);
            }
        }
        rows.sort(Comparator.comparing(Row::received).thenComparing(Row::reference));
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, c) -> groups.add(new Group(k.get(0), k.get(1), c[0], c[1], c[2], c[3], c[4], c[5],
                paid.getOrDefault(k, BigDecimal.ZERO))));
        return new Register(from, to, List.copyOf(rows), List.copyOf(groups));
    }
}
