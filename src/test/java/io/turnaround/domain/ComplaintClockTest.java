package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ComplaintClock.Deadline;
import io.turnaround.domain.ComplaintClock.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines checked against dates worked out by hand with a calendar of 2026–27 (weekends, bank holidays, clock changes). */
class ComplaintClockTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final HolidayCalendar UK = HolidayCalendar.bundled(HolidayCalendar.ENGLAND_AND_WALES);
    private static final HolidayCalendar US = HolidayCalendar.bundled(HolidayCalendar.US_FEDERAL);

    private static Instant london(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static Deadline of(List<Deadline> all, DeadlineKind kind) {
        return all.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static List<Deadline> fca(Complaint c) {
        return ComplaintClock.deadlines(c, null, UK, LONDON);
    }

    @Test
    void christmasEveUnderFcaRulesSkipsChristmasTheSubstituteBoxingDayAndNewYear() {
        // Thu 24 Dec 2026; Fri 25 Christmas, Mon 28 Boxing Day (substitute), Fri 1 Jan 2027 New Year's Day.
        Complaint c = Complaint.under(Regime.FCA, london("2026-12-24T10:00"));
        List<Deadline> all = fca(c);
        assertEquals(LocalDate.of(2026, 12, 29), of(all, DeadlineKind.ACKNOWLEDGEMENT).due());
        assertEquals(LocalDate.of(2026, 12, 31), of(all, DeadlineKind.SUMMARY_RESOLUTION).due());
        assertEquals(LocalDate.of(2027, 2, 18), of(all, DeadlineKind.FINAL_RESPONSE).due(), "8 weeks, in calendar days");
        assertFalse(of(all, DeadlineKind.FINAL_RESPONSE).businessDays());

        List<Deadline> payments = fca(c.withPaymentServices(true));
        assertEquals(LocalDate.of(2027, 1, 19), of(payments, DeadlineKind.FINAL_RESPONSE).due(), "15 business days after the day of receipt");
        assertTrue(of(payments, DeadlineKind.FINAL_RESPONSE).businessDays());
    }

    @Test
    void aHoldingResponseExtendsAPaymentsComplaintToTheDayPromisedButNeverBeyond35BusinessDays() {
        Complaint c = Complaint.under(Regime.FCA, london("2026-12-24T10:00")).withPaymentServices(true)
                .withLetterSent(LetterKind.HOLDING_RESPONSE, london("2027-01-18T09:00"));
        assertEquals(LocalDate.of(2027, 2, 5), of(fca(c.withDelay("Waiting for the card scheme's records", LocalDate.of(2027, 2, 5))),
                DeadlineKind.FINAL_RESPONSE).due());
        assertEquals(LocalDate.of(2027, 2, 16), of(fca(c.withDelay("Waiting for the card scheme's records", LocalDate.of(2027, 3, 1))),
                DeadlineKind.FINAL_RESPONSE).due(), "35 business days after 24 December at most");
    }

    @Test
    void theDayOfReceiptIsTheFirmsLocalDayAcrossTheSpringClockChange() {
        // Clocks went forward at 01:00 GMT on Sun 29 Mar 2026. 23:30 UTC on the 29th is 00:30 BST on Monday the 30th.
        Complaint monday = Complaint.under(Regime.FCA, Instant.parse("2026-03-29T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 3, 31), of(fca(monday), DeadlineKind.ACKNOWLEDGEMENT).due());
        // Received on Saturday 28 March at 23:30 GMT: Good Friday (3 Apr) and Easter Monday (6 Apr) are not business days.
        Complaint saturday = Complaint.under(Regime.FCA, Instant.parse("2026-03-28T23:30:00Z")).withPaymentServices(true);
        assertEquals(LocalDate.of(2026, 4, 1), of(fca(saturday), DeadlineKind.SUMMARY_RESOLUTION).due());
        assertEquals(LocalDate.of(2026, 4, 21), of(fca(saturday), DeadlineKind.FINAL_RESPONSE).due());
        assertEquals(LocalDate.of(2026, 5, 23), of(fca(saturday.withPaymentServices(false)), DeadlineKind.FINAL_RESPONSE).due());
        // The day ends at midnight British Summer Time: 23:00 UTC.
        assertEquals(Instant.parse("2026-05-23T23:00:00Z"), of(fca(saturday.withPaymentServices(false)), DeadlineKind.FINAL_RESPONSE).dueAt());
    }

    @Test
    void aDeadlineOnTheDayTheClocksGoBackLastsItsWhole25Hours() {
        // Sun 30 Aug 2026 + 8 weeks = Sun 25 Oct 2026, the day BST ends (01:00 UTC): it ends at midnight GMT.
        Complaint c = Complaint.under(Regime.FCA, london("2026-08-30T12:00"));
        Deadline last = of(fca(c), DeadlineKind.FINAL_RESPONSE);
        assertEquals(LocalDate.of(2026, 10, 25), last.due());
        assertEquals(Instant.parse("2026-10-26T00:00:00Z"), last.dueAt());
        assertFalse(last.overdue(Instant.parse("2026-10-25T23:30:00Z")), "23:30 on the 25th, London time");
        assertTrue(last.overdue(Instant.parse("2026-10-26T00:00:00Z")));
    }

    @Test
    void cfpbCountsCalendarDaysFromTheDayReceivedInTheFirmsZone() {
        // 03:00 UTC on 21 Nov 2026 is 22:00 on Friday 20 November in New York (EST since 1 November).
        Complaint c = Complaint.under(Regime.CFPB, Instant.parse("2026-11-21T03:00:00Z"));
        List<Deadline> all = ComplaintClock.deadlines(c, null, US, NEW_YORK);
        assertEquals(LocalDate.of(2026, 12, 5), of(all, DeadlineKind.FIRST_RESPONSE).due());
        assertEquals(LocalDate.of(2027, 1, 19), of(all, DeadlineKind.FINAL_RESPONSE).due());
        assertEquals(ZonedDateTime.of(2026, 12, 6, 0, 0, 0, 0, NEW_YORK).toInstant(), of(all, DeadlineKind.FIRST_RESPONSE).dueAt());
        // "In progress" within 15 days meets the first deadline; the final one still runs.
        Complaint inProgress = c.withLetterSent(LetterKind.HOLDING_RESPONSE, Instant.parse("2026-12-01T15:00:00Z"));
        List<Deadline> after = ComplaintClock.deadlines(inProgress, null, US, NEW_YORK);
        assertTrue(of(after, DeadlineKind.FIRST_RESPONSE).met());
        assertFalse(of(after, DeadlineKind.FINAL_RESPONSE).met());
        assertEquals(DeadlineKind.FINAL_RESPONSE, ComplaintClock.next(inProgress, null, US, NEW_YORK, Instant.parse("2026-12-02T00:00:00Z"))
                .orElseThrow().kind());
    }

    @Test
    void theNextDeadlineMovesOnAsLettersGoOutAndTheSummaryChancePasses() {
        Complaint c = Complaint.under(Regime.FCA, london("2026-12-24T10:00"));
        Instant christmas = london("2026-12-25T12:00");
        assertEquals(DeadlineKind.ACKNOWLEDGEMENT, ComplaintClock.next(c, null, UK, LONDON, christmas).orElseThrow().kind());
        Complaint acknowledged = c.withLetterSent(LetterKind.ACKNOWLEDGEMENT, christmas);
        assertEquals(DeadlineKind.SUMMARY_RESOLUTION, ComplaintClock.next(acknowledged, null, UK, LONDON, christmas).orElseThrow().kind());
        Instant january = london("2027-01-04T09:00");
        Deadline next = ComplaintClock.next(acknowledged, null, UK, LONDON, january).orElseThrow();
        assertEquals(DeadlineKind.FINAL_RESPONSE, next.kind());
        assertEquals(45, ComplaintClock.daysLeft(next, LocalDate.of(2027, 1, 4)));
        assertFalse(next.overdue(january));
        Complaint closed = acknowledged.withLetterSent(LetterKind.FINAL_RESPONSE, january);
        assertTrue(ComplaintClock.next(closed, null, UK, LONDON, january).isEmpty());
        assertEquals(january, closed.closedAt().orElseThrow());
    }

    @Test
    void aCaseWithoutRulesOrWithoutAReceivedDateUsesTheDayItWasOpened() {
        assertTrue(ComplaintClock.deadlines(Complaint.NONE, Instant.now(), UK, LONDON).isEmpty());
        Complaint iso = Complaint.NONE.withRegime(Regime.ISO_10002);
        List<Deadline> all = ComplaintClock.deadlines(iso, london("2026-12-24T10:00"), UK, LONDON);
        assertEquals(1, all.size());
        assertEquals(LocalDate.of(2026, 12, 29), all.get(0).due());
    }

    @Test
    void theBundledCalendarsHoldThePublishedDaysAndAnEditedOneIsReadBack() {
        assertEquals("Boxing Day (substitute day)", UK.holidays().get(LocalDate.of(2026, 12, 28)));
        assertFalse(UK.isBusinessDay(LocalDate.of(2027, 3, 29)), "Easter Monday 2027");
        assertEquals("Independence Day", US.holidays().get(LocalDate.of(2026, 7, 3)), "4 July 2026 is a Saturday");
        assertEquals("New Year's Day", US.holidays().get(LocalDate.of(2027, 12, 31)), "1 January 2028 is a Saturday");
        assertEquals(3, UK.businessDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)));
        HolidayCalendar edited = HolidayCalendar.parse("firm", UK.format() + "2027-06-07 Firm's day of remembrance\n");
        assertEquals(UK.holidays().size() + 1, edited.holidays().size());
        assertFalse(edited.isBusinessDay(LocalDate.of(2027, 6, 7)));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parse("firm", "# ours\n2027-06-07 A day\n7 June 2027 Another\n"));
        assertTrue(bad.getMessage().startsWith("Line 3 "), bad.getMessage());
    }
}
