package io.turnaround.domain;

import java.time.Instant;

/**
 * One line of the case list.
 *
 * @param nextContact the earliest open next contact, or null
 * @param category    the internal cause category, for filtering the list
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
        String category) {

    public CaseSummary {
        category = category == null ? "" : category;
    }

    public CaseSummary(long id, String reference, String customerOrganisation, String subject, CaseStatus status, Instant openedAt,
                       Instant nextContact, boolean sample) {
        this(id, reference, customerOrganisation, subject, status, openedAt, nextContact, sample, "");
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
