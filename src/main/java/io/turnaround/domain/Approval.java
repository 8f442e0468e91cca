package io.turnaround.domain;

import java.util.List;
import java.util.Optional;

/**
 * The Approval step: who approves, and every revision sent so far (several loops are normal).
 */
public record Approval(String approverPartyId, List<ApprovalRevision> revisions) {
    public static final Approval EMPTY = new Approval(null, List.of());

    public Approval {
        revisions = Texts.copy(revisions);
    }

    public Optional<ApprovalRevision> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public boolean isApproved() {
        return latest().map(r -> r.response() == ApprovalResponse.APPROVED).orElse(false);
    }

    public Approval withApprover(String partyId) {
        return new Approval(partyId, revisions);
    }
}
