package io.turnaround.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Something promised that is still to do: a commitment (with its agreed time and zone) or a prevention action
 * (due by the end of its day), with the case it belongs to.
 */
public record DueItem(long caseId, String reference, String customer, Kind kind, String itemId, String what, String owner,
                      ZonedDateTime dueAt, LocalDate dueOn) {

    public enum Kind {
        COMMITMENT,
        PREVENTION
    }

    /** The moment it becomes late: a commitment's agreed time; the end of a prevention action's due day, where the viewer is. */
    public Instant lateAfter(ZoneId viewer) {
        return kind == Kind.COMMITMENT ? dueAt.toInstant() : dueOn.plusDays(1).atStartOfDay(viewer).toInstant();
    }

    /** The day it is due, as the viewer's calendar shows it. */
    public LocalDate dueDate(ZoneId viewer) {
        return kind == Kind.COMMITMENT ? dueAt.withZoneSameInstant(viewer).toLocalDate() : dueOn;
    }
}
