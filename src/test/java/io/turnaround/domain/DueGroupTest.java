package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DueGroupTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static DueItem commitment(ZonedDateTime due) {
        return new DueItem(1, "T-2026-0001", "Acme", DueItem.Kind.COMMITMENT, "c1", "Call back", "Ann", due, null);
    }

    private static DueItem action(LocalDate due) {
        return new DueItem(1, "T-2026-0001", "Acme", DueItem.Kind.PREVENTION, "a1", "Train staff", "Ann", null, due);
    }

    @Test
    void aCommitmentIsOverdueFromItsAgreedMinuteAndTodayOrThisWeekBeforeIt() {
        // Wednesday 11 March 2026, 10:00 in Berlin.
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, BERLIN);
        assertEquals(DueGroup.OVERDUE, DueGroup.of(commitment(now.minusMinutes(1)), now));
        assertEquals(DueGroup.OVERDUE, DueGroup.of(commitment(now), now), "due at this very minute: it is time");
        assertEquals(DueGroup.TODAY, DueGroup.of(commitment(now.plusHours(8)), now));
        assertEquals(DueGroup.THIS_WEEK, DueGroup.of(commitment(now.plusDays(4)), now), "Sunday is still this week");
        assertEquals(DueGroup.LATER, DueGroup.of(commitment(now.plusDays(5)), now), "Monday is next week");
    }

    @Test
    void aPromiseMadeInAnotherZoneIsJudgedByTheInstantAndShownOnTheViewersCalendar() {
        // 09:00 in New York on 11 March 2026: after the US clock change (8 March), before Europe's (29 March),
        // so it is 14:00 in Berlin, not the usual 15:00.
        ZonedDateTime due = ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, NEW_YORK);
        assertEquals(DueGroup.TODAY, DueGroup.of(commitment(due), ZonedDateTime.of(2026, 3, 11, 13, 59, 0, 0, BERLIN)));
        assertEquals(DueGroup.OVERDUE, DueGroup.of(commitment(due), ZonedDateTime.of(2026, 3, 11, 14, 0, 0, 0, BERLIN)));
        // 20:00 in New York on Sunday 15 March is already Monday in Berlin: next week there.
        ZonedDateTime sundayEvening = ZonedDateTime.of(2026, 3, 15, 20, 0, 0, 0, NEW_YORK);
        assertEquals(DueGroup.LATER, DueGroup.of(commitment(sundayEvening), ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, BERLIN)));
        assertEquals(DueGroup.THIS_WEEK, DueGroup.of(commitment(sundayEvening), ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, NEW_YORK)));
    }

    @Test
    void aTimeAcrossTheSpringForwardGapKeepsItsInstant() {
        // 02:30 on 29 March 2026 does not exist in Berlin; java.time moves it to 03:30 CEST, one real hour after 01:30 CET.
        ZonedDateTime due = ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, BERLIN);
        assertEquals(3, due.getHour());
        ZonedDateTime before = ZonedDateTime.of(2026, 3, 29, 1, 59, 0, 0, BERLIN);
        assertEquals(DueGroup.TODAY, DueGroup.of(commitment(due), before));
        assertEquals(DueGroup.OVERDUE, DueGroup.of(commitment(due), before.plusMinutes(31)), "31 real minutes later it is 03:30");
    }

    @Test
    void aPreventionActionIsDueUntilTheEndOfItsDay() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 11, 23, 59, 0, 0, BERLIN);
        assertEquals(DueGroup.TODAY, DueGroup.of(action(LocalDate.of(2026, 3, 11)), now));
        assertEquals(DueGroup.OVERDUE, DueGroup.of(action(LocalDate.of(2026, 3, 11)), now.plusMinutes(1)));
        assertEquals(DueGroup.OVERDUE, DueGroup.of(action(LocalDate.of(2026, 3, 10)), now));
        assertEquals(DueGroup.THIS_WEEK, DueGroup.of(action(LocalDate.of(2026, 3, 12)), now));
    }
}
