package io.turnaround.domain;

import java.time.Instant;

/** A letter of the complaint sent to the customer: what stops its clock. */
public record SentLetter(String id, LetterKind kind, Instant sentAt) {
    public SentLetter {
        id = id == null || id.isBlank() ? Ids.newId() : id;
        kind = kind == null ? LetterKind.ACKNOWLEDGEMENT : kind;
    }
}
