package io.turnaround.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Listen step: the call clock and what was heard. The clock shows time on the call:
 * wall time since the start, less every pause; it freezes when the call ends. Pauses are
 * summed into {@code pausedMillis} so a restart of the app mid-call keeps the right offset.
 *
 * @param pausedSince when the current pause began; null while running
 * @param noteDraft   what is typed in the note line and not yet entered: saved like any edit, so a crash mid-sentence
 *                    loses nothing, and cleared in the same save that adds the note
 */
public record Listen(
        Instant callStartedAt,
        Instant callEndedAt,
        long pausedMillis,
        Instant pausedSince,
        List<Note> notes,
        List<TemperatureReading> temperatures,
        @Internal String noteDraft) {

    public static final Listen EMPTY = new Listen(null, null, 0, null, List.of(), List.of(), "");

    /** A Listen step with nothing typed in the note line. */
    public Listen(Instant callStartedAt, Instant callEndedAt, long pausedMillis, Instant pausedSince, List<Note> notes,
                  List<TemperatureReading> temperatures) {
        this(callStartedAt, callEndedAt, pausedMillis, pausedSince, notes, temperatures, "");
    }

    /** Where the call clock stands. */
    public enum CallState {
        NOT_STARTED,
        RUNNING,
        PAUSED,
        ENDED
    }

    public Listen {
        notes = Texts.copy(notes);
        temperatures = Texts.copy(temperatures);
        noteDraft = Texts.orEmpty(noteDraft);
    }

    public CallState callState() {
        if (callStartedAt == null) {
            return CallState.NOT_STARTED;
        }
        if (callEndedAt != null) {
            return CallState.ENDED;
        }
        return pausedSince != null ? CallState.PAUSED : CallState.RUNNING;
    }

    /** Starts the clock; after a pause or an end it resumes the same call, the gap counted as a pause. */
    public Listen start(Instant now) {
        return switch (callState()) {
            case NOT_STARTED -> new Listen(now, null, 0, null, notes, temperatures, noteDraft);
            case RUNNING -> this;
            case PAUSED -> new Listen(callStartedAt, null, pausedMillis + gap(pausedSince, now), null, notes, temperatures, noteDraft);
            case ENDED -> new Listen(callStartedAt, null, pausedMillis + gap(callEndedAt, now), null, notes, temperatures, noteDraft);
        };
    }

    public Listen pause(Instant now) {
        return callState() == CallState.RUNNING ? new Listen(callStartedAt, null, pausedMillis, now, notes, temperatures, noteDraft) : this;
    }

    /** Ends the call; a pause in progress when it ends is not call time. */
    public Listen end(Instant now) {
        return switch (callState()) {
            case RUNNING -> new Listen(callStartedAt, now, pausedMillis, null, notes, temperatures, noteDraft);
            case PAUSED -> new Listen(callStartedAt, pausedSince, pausedMillis, null, notes, temperatures, noteDraft);
            default -> this;
        };
    }

    /** Milliseconds on the call clock at {@code now}: zero before the call, frozen while paused and after the end. */
    public long callOffsetAt(Instant now) {
        if (callStartedAt == null) {
            return 0;
        }
        Instant stop = callEndedAt != null ? callEndedAt : pausedSince != null ? pausedSince : now;
        return Math.max(0, gap(callStartedAt, stop) - pausedMillis);
    }

    /** The customer's temperature at a call-clock offset: the last reading at or before it, or null. */
    public Temperature temperatureAt(long callOffsetMillis) {
        Temperature level = null;
        for (TemperatureReading r : temperatures) {
            if (r.callOffsetMillis() <= callOffsetMillis) {
                level = r.level();
            }
        }
        return level;
    }

    /** The temperature now, for cycling: the last reading, or null before the first. */
    public Temperature currentTemperature() {
        return temperatures.isEmpty() ? null : temperatures.get(temperatures.size() - 1).level();
    }

    private static long gap(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    public Listen withNoteDraft(String value) {
        return new Listen(callStartedAt, callEndedAt, pausedMillis, pausedSince, notes, temperatures, value);
    }

    public Listen withNotes(List<Note> value) {
        return new Listen(callStartedAt, callEndedAt, pausedMillis, pausedSince, value, temperatures, noteDraft);
    }

    public Listen withNoteAdded(Note note) {
        List<Note> copy = new ArrayList<>(notes.size() + 1);
        copy.addAll(notes);
        copy.add(note);
        return withNotes(copy);
    }

    /** Replaces the note with the same id. */
    public Listen withNoteReplaced(Note note) {
        List<Note> copy = new ArrayList<>(notes);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(note.id())) {
                copy.set(i, note);
            }
        }
        return withNotes(copy);
    }

    public Listen withTemperatures(List<TemperatureReading> value) {
        return new Listen(callStartedAt, callEndedAt, pausedMillis, pausedSince, notes, value, noteDraft);
    }

    public Listen withTemperatureAdded(TemperatureReading reading) {
        List<TemperatureReading> copy = new ArrayList<>(temperatures);
        copy.add(reading);
        return withTemperatures(copy);
    }
}
