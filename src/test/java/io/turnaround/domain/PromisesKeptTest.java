package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromisesKeptTest {
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private static Commitment due(String iso, String doneIso) {
        return new Commitment(null, "Call", "Ann", null, null, ZonedDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC), true,
                doneIso == null ? null : Instant.parse(doneIso));
    }

    @Test
    void onlyPromisesWhoseTimeHasComeCountAndOnTimeMeansByTheDueMinute() {
        List<Commitment> commitments = List.of(
                due("2026-03-10T09:00:00Z", "2026-03-10T08:00:00Z"),  // kept, early
                due("2026-03-11T09:00:00Z", "2026-03-11T09:00:00Z"),  // kept, at the minute
                due("2026-03-12T09:00:00Z", "2026-03-12T09:00:01Z"),  // late by a second
                due("2026-03-13T09:00:00Z", null),                    // overdue, not done: broken
                due("2026-03-25T09:00:00Z", null),                    // not due yet: not counted
                due("2026-03-25T09:00:00Z", "2026-03-19T09:00:00Z"),  // done ahead of time: kept
                new Commitment(null, "No date", "Ann", null, null, null, true, null));
        PromisesKept.Tally tally = PromisesKept.of(commitments, NOW);
        assertEquals(5, tally.counted());
        assertEquals(3, tally.kept());
        assertEquals(0.6, tally.share().orElseThrow(), 1e-12);
    }

    @Test
    void noPromiseYetHasNoShare() {
        assertTrue(PromisesKept.of(List.of(due("2026-04-01T09:00:00Z", null)), NOW).share().isEmpty());
    }
}
