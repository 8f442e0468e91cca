package io.turnaround.domain;

import java.time.Instant;

/**
 * A Listen note, stamped with the call clock and the wall clock. Notes are the manager's
 * own record of the call and stay internal.
 *
 * @param callOffsetMillis time on the call clock when the note was taken
 * @param keyPoint         the manager marked it as one of the customer's key points
 */
public record Note(
        String id,
        long callOffsetMillis,
        Instant wallTime,
        @Internal String text,
        NoteTag tag,
        boolean keyPoint) {

    public Note {
        id = id == null ? Ids.newId() : id;
        text = Texts.orEmpty(text);
        tag = tag == null ? NoteTag.OTHER : tag;
    }

    public Note withText(String value) {
        return new Note(id, callOffsetMillis, wallTime, value, tag, keyPoint);
    }

    public Note withTag(NoteTag value) {
        return new Note(id, callOffsetMillis, wallTime, text, value, keyPoint);
    }

    public Note withKeyPoint(boolean value) {
        return new Note(id, callOffsetMillis, wallTime, text, tag, value);
    }
}
