package io.turnaround.domain;

import java.time.Instant;

/**
 * One line of the case list.
 *
 * @param nextContact the earliest open next contact, or null
 * @param category    the internal cause category, for filtering the list
 * @param owner       the role that opened it, in a team library; empty in the case file on one computer
 * @param responseDue when the next letter a regulated complaint requires is due, or null
 */
public record CaseSummary(
        long id,
        String reference,
        String customerOrganisation,
        String subject,
        CaseStatus status,
        Instant openedAt,
        Instant nextContact,
        boolean sample,
        String category,
        String owner,
        Instant responseDue) {

    public CaseSummary {
        category = category == null ? "" : category;
        owner = owner == null ? "" : owner;
    }

    public CaseSummary(long id, String reference, String customerOrganisation, String subject, CaseStatus status, Instant openedAt,
                       Instant nextContact, boolean sample, String category, String owner) {
        this(id, reference, customerOrganisation, subject, status, openedAt, nextContact, sample, category, owner, null);
    }

    public CaseSummary(long id, String reference, String customerOrganisation, String subject, CaseStatus status, Instant openedAt,
                       Instant nextContact, boolean sample, String category) {
        this(id, reference, customerOrganisation, subject, status, openedAt, nextContact, sample, category, "");
    }

    public CaseSummary(long id, String reference, String customerOrganisation, String subject, CaseStatus status, Instant openedAt,
                       Instant nextContact, boolean sample) {
        this(id, reference, customerOrganisation, subject, status, openedAt, nextContact, sample, "");
    }

    /** The list's line of a case in memory (a team library's copy kept on this computer: its owner is not known). */
    public static CaseSummary of(CaseFile c, String owner) {
        CaseHeader h = c.header();
        Instant next = c.produce().nextContact().map(Commitment::dueAt).map(java.time.ZonedDateTime::toInstant).orElse(null);
        // In memory the firm's edited calendars are not at hand: the bundled ones and this computer's zone.
        Instant due = ComplaintClock.nextRequired(c, ComplaintRules.defaults()).map(ComplaintClock.Deadline::dueAt).orElse(null);
        return new CaseSummary(c.id(), h.reference(), h.customerOrganisation(), h.subject(), h.status(), h.openedAt(), next,
                h.sample(), h.category(), owner, due);
    }

    /** An open case whose agreed next contact has passed. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && nextContact != null && nextContact.isBefore(now);
    }

    /** An open case with no agreed next contact breaks METHOD.md's "never leave a request without a date". */
    public boolean missingNextContact() {
        return status.isOpen() && nextContact == null;
    }
}
