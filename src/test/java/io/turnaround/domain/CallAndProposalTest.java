package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallAndProposalTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void theCallClockCountsOnlyTimeOnTheCall() {
        Listen l = Listen.EMPTY.start(T);
        assertEquals(Listen.CallState.RUNNING, l.callState());
        l = l.pause(T.plusSeconds(60));
        assertEquals(60_000, l.callOffsetAt(T.plusSeconds(600)));
        l = l.start(T.plusSeconds(120)).end(T.plusSeconds(150));
        assertEquals(90_000, l.callOffsetAt(T.plusSeconds(9999)));
        assertEquals(l, l.end(T.plusSeconds(200)), "ending twice changes nothing");
        assertEquals(0, Listen.EMPTY.callOffsetAt(T));
    }

    @Test
    void theTemperatureAtAMomentIsTheLastReadingBeforeIt() {
        Listen l = Listen.EMPTY.withTemperatures(List.of(new TemperatureReading(T, 0, Temperature.ANGRY),
                new TemperatureReading(T, 300_000, Temperature.UPSET)));
        assertEquals(Temperature.ANGRY, l.temperatureAt(299_999));
        assertEquals(Temperature.UPSET, l.temperatureAt(300_000));
        assertEquals(null, Listen.EMPTY.temperatureAt(5));
    }

    private static ZonedDateTime at(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LONDON);
    }

    @Test
    void proposesTheNextWorkingDayAfterTheBuffer() {
        // Friday 6 March: one working day later is Monday 9 March.
        assertEquals(at(3, 9, 10), DateProposal.propose(at(3, 6, 15), List.of(), Settings.DEFAULTS));
        // The buffer counts working days after today: from a Saturday the first is Monday.
        assertEquals(at(3, 9, 10), DateProposal.propose(at(3, 7, 9), List.of(), Settings.DEFAULTS));
        Settings two = new Settings(2, 3, LocalTime.of(10, 0), "");
        assertEquals(at(3, 10, 10), DateProposal.propose(at(3, 7, 9), List.of(), two));
    }

    @Test
    void fullDaysArePassedOver() {
        List<ZonedDateTime> busy = List.of(at(3, 3, 9), at(3, 3, 11), at(3, 3, 14), at(3, 4, 9), at(3, 4, 10), at(3, 4, 16));
        assertEquals(at(3, 5, 10), DateProposal.propose(at(3, 2, 12), busy, Settings.DEFAULTS));
        Settings roomy = new Settings(1, 4, LocalTime.of(10, 0), "");
        assertEquals(at(3, 3, 10), DateProposal.propose(at(3, 2, 12), busy, roomy));
    }

    @Test
    void loadIsCountedInTheManagersZone() {
        // 23:30 in New York on Monday is 04:30 on Tuesday in London: it loads Tuesday.
        ZonedDateTime ny = ZonedDateTime.of(2026, 3, 2, 23, 30, 0, 0, ZoneId.of("America/New_York"));
        Settings one = new Settings(1, 1, LocalTime.of(10, 0), "");
        assertEquals(at(3, 4, 10), DateProposal.propose(at(3, 2, 9), List.of(ny), one));
    }

    @Test
    void withNoBufferTodayIsProposedOnlyBeforeTheContactTime() {
        Settings none = new Settings(0, 3, LocalTime.of(10, 0), "");
        assertEquals(at(3, 2, 10), DateProposal.propose(at(3, 2, 8), List.of(), none));
        assertEquals(at(3, 3, 10), DateProposal.propose(at(3, 2, 11), List.of(), none));
    }

    @Test
    void reflectBackRestatesKeyPointsInTheCustomersWords() {
        List<Note> points = List.of(new Note(null, 0, T, "The shirts peeled after 3 washes.", NoteTag.CLAIM, true),
                new Note(null, 0, T, "DHL lost the second box", NoteTag.CLAIM, true),
                new Note(null, 0, T, "Nobody called\nback", NoteTag.EMOTION, true));
        assertEquals("the shirts peeled after 3 washes, DHL lost the second box and nobody called, back",
                ReflectBack.join(SpokenPoints.of(points, java.util.Locale.ENGLISH, 40), "and"),
                "their own words; names keep their capitals, an opening 'The' or 'Nobody' is written small mid-sentence");
        assertEquals("So: x. I would be angry too.", ReflectBack.fill("So: {points}. I would be {feeling} too.",
                List.of(new Note(null, 0, T, "x", NoteTag.OTHER, true)), java.util.Locale.ENGLISH, "and", "angry"));
        assertEquals("angry", ReflectBack.feelingKey(Temperature.ANGRY));
        assertEquals("calm", ReflectBack.feelingKey(null));
        assertEquals("\u2026", ReflectBack.join(List.of(), "and"));
    }
}
