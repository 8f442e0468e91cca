package io.turnaround.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines a regulated complaint runs against, from the day it was received in the firm's time zone:
 * <ul>
 * <li>UK FCA (DISP 1.6): a prompt acknowledgement (here: by the end of the next business day); a final response
 * within 8 weeks of receipt, or by the end of 15 business days after the day of receipt for a payment-services or
 * e-money complaint — up to 35 when a holding response gave the reason and the day; a summary resolution
 * communication instead when it is resolved by the close of the third business day after the day of receipt
 * (DISP 1.5).</li>
 * <li>US CFPB: a response within 15 days (a final one, or "in progress"), a final response within 60 days.</li>
 * <li>ISO 10002: a prompt acknowledgement; the standard sets no other deadline.</li>
 * </ul>
 * A deadline ends with its day: its {@link Deadline#dueAt()} is the next midnight in the zone, so a day on which the
 * clocks change is still the whole day.
 */
public final class ComplaintClock {
    private ComplaintClock() {
    }

    public enum DeadlineKind {
        ACKNOWLEDGEMENT,
        /** Not an obligation: until then the complaint may close with a summary resolution communication. */
        SUMMARY_RESOLUTION,
        FINAL_RESPONSE,
        /** CFPB: the response due in 15 days, which may say "in progress". */
        FIRST_RESPONSE
    }

    /**
     * @param due          the last day the letter may go out
     * @param dueAt        the end of that day in the firm's zone
     * @param businessDays true when the rule counts business days
     * @param met          the letter that meets it went out
     * @param optional     a chance, not an obligation: never overdue
     */
    public record Deadline(DeadlineKind kind, LocalDate due, Instant dueAt, boolean businessDays, boolean met, boolean optional) {
        public boolean overdue(Instant now) {
            return !met && !optional && !now.isBefore(dueAt);
        }
    }

    /** Every deadline of the complaint, earliest first; none when it is not regulated. */
    public static List<Deadline> deadlines(Complaint c, Instant openedAt, HolidayCalendar calendar, ZoneId zone) {
        Instant receivedAt = c.receivedAt() != null ? c.receivedAt() : openedAt;
        if (!c.regulated() || receivedAt == null) {
            return List.of();
        }
        LocalDate received = receivedAt.atZone(zone).toLocalDate();
        boolean finalSent = c.sent(LetterKind.FINAL_RESPONSE).isPresent() || c.sent(LetterKind.SUMMARY_RESOLUTION).isPresent();
        boolean holdingSent = c.sent(LetterKind.HOLDING_RESPONSE).isPresent();
        boolean acknowledged = finalSent || holdingSent || c.sent(LetterKind.ACKNOWLEDGEMENT).isPresent();
        List<Deadline> out = new ArrayList<>();
        switch (c.regime()) {
            case FCA -> {
                out.add(deadline(DeadlineKind.ACKNOWLEDGEMENT, calendar.businessDaysAfter(received, 1), zone, true, acknowledged, false));
                if (!finalSent) {
                    out.add(deadline(DeadlineKind.SUMMARY_RESOLUTION, calendar.businessDaysAfter(received, 3), zone, true, false, true));
                }
                LocalDate due;
                if (c.paymentServices()) {
                    due = calendar.businessDaysAfter(received, 15);
                    if (holdingSent && c.promisedBy() != null) {
                        LocalDate longest = calendar.businessDaysAfter(received, 35);
                        due = c.promisedBy().isAfter(longest) ? longest : c.promisedBy();
                    }
                } else {
                    due = received.plusWeeks(8);
                    if (holdingSent && c.promisedBy() != null && c.promisedBy().isAfter(due)) {
                        due = c.promisedBy(); // the day the holding response promised; the customer may go to the ombudsman meanwhile
                    }
                }
                out.add(deadline(DeadlineKind.FINAL_RESPONSE, due, zone, c.paymentServices(), finalSent, false));
            }
            case CFPB -> {
                out.add(deadline(DeadlineKind.FIRST_RESPONSE, received.plusDays(15), zone, false, finalSent || holdingSent, false));
                out.add(deadline(DeadlineKind.FINAL_RESPONSE, received.plusDays(60), zone, false, finalSent, false));
            }
            case ISO_10002 -> out.add(deadline(DeadlineKind.ACKNOWLEDGEMENT, calendar.businessDaysAfter(received, 1), zone, true, acknowledged, false));
            default -> {
            }
        }
        out.sort(Comparator.comparing(Deadline::due));
        return List.copyOf(out);
    }

    /** The earliest deadline still to meet (a passed summary-resolution chance is no longer one). */
    public static Optional<Deadline> next(Complaint c, Instant openedAt, HolidayCalendar calendar, ZoneId zone, Instant now) {
        return deadlines(c, openedAt, calendar, zone).stream()
                .filter(d -> !d.met() && !(d.optional() && !now.isBefore(d.dueAt())))
                .findFirst();
    }

    /** The earliest deadline the rules require that is still to meet, whatever the day: what the case list sorts by. */
    public static Optional<Deadline> nextRequired(Complaint c, Instant openedAt, HolidayCalendar calendar, ZoneId zone) {
        return deadlines(c, openedAt, calendar, zone).stream().filter(d -> !d.met() && !d.optional()).findFirst();
    }

    /** As {@link #nextRequired}, for a case under the firm's rules. */
    public static Optional<Deadline> nextRequired(CaseFile cf, ComplaintRules rules) {
        Complaint c = cf.complaint();
        return nextRequired(c, cf.header().openedAt(), rules.calendarFor(c.regime()), rules.zone());
    }

    /** Calendar days from {@code today} to the deadline's day: 0 on the day, negative once it has passed. */
    public static long daysLeft(Deadline d, LocalDate today) {
        return ChronoUnit.DAYS.between(today, d.due());
    }

    private static Deadline deadline(DeadlineKind kind, LocalDate due, ZoneId zone, boolean businessDays, boolean met, boolean optional) {
        return new Deadline(kind, due, due.plusDays(1).atStartOfDay(zone).toInstant(), businessDays, met, optional);
    }
}
