package io.turnaround.domain;

import java.util.List;

/**
 * What a summary asks of the customer, from the answers to the revisions sent before it: approval of a first summary,
 * approval again after changes they asked for, or nothing once they have approved.
 */
public enum SummaryRequest {
    APPROVAL,
    APPROVAL_AFTER_CHANGES,
    NOTHING_APPROVED;

    /**
     * @param approvedNow  the case (or the revision shown) is approved
     * @param beforeNumber only revisions numbered below it count: the revision shown, or Integer.MAX_VALUE for a draft
     */
    public static SummaryRequest of(List<ApprovalRevision> revisions, boolean approvedNow, int beforeNumber) {
        if (approvedNow) {
            return NOTHING_APPROVED;
        }
        ApprovalResponse last = ApprovalResponse.PENDING;
        for (ApprovalRevision r : revisions) {
            if (r.number() < beforeNumber && r.response() != ApprovalResponse.PENDING) {
                last = r.response();
            }
        }
        return last == ApprovalResponse.CHANGES_REQUESTED || last == ApprovalResponse.REJECTED ? APPROVAL_AFTER_CHANGES : APPROVAL;
    }
}
