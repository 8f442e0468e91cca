package io.turnaround.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Listen step: the call clock and what was heard. The clock's running time is
 * {@code end - start - paused}; pauses are summed so a restart mid-call keeps the offset.
 */
public record Listen(
        Instant callStartedAt,
        Instant callEndedAt,
        long pausedMillis,
        List<Note> notes,
        List<TemperatureReading> temperatures) {

    public static final Listen EMPTY = new Listen(null, null, 0, List.of(), List.of());

    public Listen {
        notes = Texts.copy(notes);
        temperatures = Texts.copy(temperatures);
    }

    public Listen withCall(Instant startedAt, Instant endedAt, long paused) {
        return new Listen(startedAt, endedAt, paused, notes, temperatures);
    }

    public Listen withNotes(List<Note> value) {
        return new Listen(callStartedAt, callEndedAt, pausedMillis, value, temperatures);
    }

    public Listen withNoteAdded(Note note) {
        List<Note> copy = new ArrayList<>(notes.size() + 1);
        copy.addAll(notes);
        copy.add(note);
        return withNotes(copy);
    }

    public Listen withTemperatures(List<TemperatureReading> value) {
        return new Listen(callStartedAt, callEndedAt, pausedMillis, notes, value);
    }
}
