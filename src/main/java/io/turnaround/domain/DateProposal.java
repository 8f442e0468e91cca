package io.turnaround.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Proposes the next-contact date (METHOD.md, Produce): never leave a request without a date.
 * The earliest working day after a buffer whose load — the manager's other open commitments
 * on that day — is below their daily capacity. If the customer rejects it, their own deadline
 * is recorded beside it and the date is negotiated.
 */
public final class DateProposal {
    private DateProposal() {
    }

    /**
     * @param now       the moment of the call, in the manager's zone
     * @param busy      due dates of the manager's other open commitments, in any zone
     * @param settings  buffer, capacity and time of day
     */
    public static ZonedDateTime propose(ZonedDateTime now, Collection<ZonedDateTime> busy, Settings settings) {
        Map<LocalDate, Integer> load = new HashMap<>();
        for (ZonedDateTime d : busy) {
            load.merge(d.withZoneSameInstant(now.getZone()).toLocalDate(), 1, Integer::sum);
        }
        LocalDate day = now.toLocalDate();
        for (int i = 0; i < settings.proposalBufferDays(); i++) {
            day = nextWorkingDay(day);
        }
        if (!isWorkingDay(day) || (settings.proposalBufferDays() == 0 && !now.toLocalTime().isBefore(settings.contactTime()))) {
            day = nextWorkingDay(day);
        }
        // Bounded: a year of full days means the capacity setting is wrong, not that we should loop forever.
        for (int guard = 0; guard < 366 && load.getOrDefault(day, 0) >= settings.dailyCapacity(); guard++) {
            day = nextWorkingDay(day);
        }
        return ZonedDateTime.of(day, settings.contactTime(), now.getZone());
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
