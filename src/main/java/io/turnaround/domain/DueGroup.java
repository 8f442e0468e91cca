package io.turnaround.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Where a promise stands, from where the viewer is: late, due today, due this week (to Sunday), or later. */
public enum DueGroup {
    OVERDUE,
    TODAY,
    THIS_WEEK,
    LATER;

    /**
     * Grouped by instants and the viewer's calendar: a call promised for 09:00 in New York is overdue in Berlin from
     * 15:00 (14:00 in the weeks the two change clocks on different dates), and "today" is the viewer's today.
     */
    public static DueGroup of(DueItem item, ZonedDateTime now) {
        if (!now.toInstant().isBefore(item.lateAfter(now.getZone()))) {
            return OVERDUE;
        }
        LocalDate today = now.toLocalDate();
        LocalDate due = item.dueDate(now.getZone());
        if (!due.isAfter(today)) {
            return TODAY;
        }
        return due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))) ? LATER : THIS_WEEK;
    }
}
