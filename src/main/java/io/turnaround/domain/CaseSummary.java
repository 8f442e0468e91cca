package io.turnaround.domain;

import java.time.Instant;

/**
 * One line of the case list.
 *
 * @param nextContact the earliest open next contact, or null
 */
public record CaseSummary(
        long id,
        String reference,
        String customerOrganisation,
        String subject,
        CaseStatus status,
        Instant openedAt,
        Instant nextContact,
        boolean sample) {

    /** An open case with no agreed next contact breaks METHOD.md's "never leave a request without a date". */
    public boolean missingNextContact() {
        return status.isOpen() && nextContact == null;
    }
}
