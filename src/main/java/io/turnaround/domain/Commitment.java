package io.turnaround.domain;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Something we promised to do, with the date it is due. Three dates are kept when they differ:
 * the one we proposed, the customer's own deadline (which a rejected proposal reveals), and
 * the one agreed ({@code dueAt}). Dates carry their zone so they survive DST and travel.
 *
 * @param nextContact this commitment is the agreed next contact with the customer
 * @param doneAt      when it was done; null while open
 */
public record Commitment(
        String id,
        @CustomerVisible String what,
        @CustomerVisible String owner,
        ZonedDateTime proposedAt,
        ZonedDateTime customerDeadline,
        ZonedDateTime dueAt,
        boolean nextContact,
        Instant doneAt) {

    public Commitment {
        id = id == null ? Ids.newId() : id;
        what = Texts.orEmpty(what);
        owner = Texts.orEmpty(owner);
    }

    public boolean isOpen() {
        return doneAt == null;
    }

    public Commitment withWhat(String value) {
        return new Commitment(id, value, owner, proposedAt, customerDeadline, dueAt, nextContact, doneAt);
    }

    public Commitment withOwner(String value) {
        return new Commitment(id, what, value, proposedAt, customerDeadline, dueAt, nextContact, doneAt);
    }

    public Commitment withDueAt(ZonedDateTime value) {
        return new Commitment(id, what, owner, proposedAt, customerDeadline, value, nextContact, doneAt);
    }

    public Commitment withDoneAt(Instant value) {
        return new Commitment(id, what, owner, proposedAt, customerDeadline, dueAt, nextContact, value);
    }
}
