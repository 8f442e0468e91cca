package io.turnaround.domain;

import java.time.Instant;

/**
 * One loop through Facts to Approval: what was sent, frozen, and how the customer answered.
 *
 * @param frozenContent the customer-visible sections as sent, in the case file format
 * @param sha256        hash of {@code frozenContent}, so a revision can be proven unchanged
 * @param responderPartyId the customer-side party who answered
 */
public record ApprovalRevision(
        int number,
        String frozenContent,
        String sha256,
        Instant sentAt,
        ApprovalResponse response,
        String responderPartyId,
        Instant respondedAt,
        @CustomerVisible String comments) {

    public ApprovalRevision {
        frozenContent = Texts.orEmpty(frozenContent);
        sha256 = Texts.orEmpty(sha256);
        response = response == null ? ApprovalResponse.PENDING : response;
        comments = Texts.orEmpty(comments);
    }
}
