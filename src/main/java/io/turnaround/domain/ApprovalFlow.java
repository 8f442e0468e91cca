package io.turnaround.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval loop (METHOD.md, Approval): send the resolution as a frozen revision, record the
 * customer's answer, and go round again until they approve. Without approval the firm has
 * silently taken on the whole problem, so an approved case is read-only until reopened.
 */
public final class ApprovalFlow {
    private ApprovalFlow() {
    }

    /** What is missing; each warning the manager may knowingly accept. */
    public static Set<ApprovalWarning> warnings(CaseFile c) {
        Set<ApprovalWarning> w = EnumSet.noneOf(ApprovalWarning.class);
        if (c.facts().isEmpty()) {
            w.add(ApprovalWarning.NO_FACTS);
        }
        if (!c.conclusions().hasKeptScenario()) {
            w.add(ApprovalWarning.NO_KEPT_SCENARIO);
        }
        if (c.conclusions().responsibility() == Responsibility.UNDECIDED) {
            w.add(ApprovalWarning.NO_RESPONSIBILITY);
        }
        if (c.resolution().remedy().isBlank()) {
            w.add(ApprovalWarning.NO_REMEDY);
        }
        if (c.resolution().principle() == FairnessPrinciple.NONE) {
            w.add(ApprovalWarning.NO_PRINCIPLE);
        }
        if (c.prevention().actions().isEmpty()) {
            w.add(ApprovalWarning.NO_PREVENTION);
        }
        if (c.prevention().actions().stream().anyMatch(a -> a.owner().isBlank() || a.dueOn() == null)) {
            w.add(ApprovalWarning.ACTION_WITHOUT_OWNER_OR_DUE_DATE);
        }
        Optional<Party> approver = approver(c);
        if (approver.isEmpty()) {
            w.add(ApprovalWarning.NO_APPROVER);
        } else if (approver.get().side() != Side.CUSTOMER) {
            w.add(ApprovalWarning.APPROVER_NOT_ON_CUSTOMER_SIDE);
        }
        if (c.produce().nextContact().isEmpty()) {
            w.add(ApprovalWarning.NO_NEXT_CONTACT);
        }
        return w;
    }

    public static Optional<Party> approver(CaseFile c) {
        String id = c.approval().approverPartyId();
        return c.parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A revision sent and not yet answered: another cannot be sent until it is. */
    public static Optional<ApprovalRevision> pending(CaseFile c) {
        return c.approval().latest().filter(r -> r.response() == ApprovalResponse.PENDING);
    }

    public static boolean isReadOnly(CaseFile c) {
        return c.header().status() == CaseStatus.APPROVED;
    }

    /** Freezes what is sent as the next revision; the case then awaits approval. */
    public static CaseFile send(CaseFile c, String frozenContent, String sha256, Instant now) {
        if (pending(c).isPresent()) {
            throw new IllegalStateException("Revision " + pending(c).get().number() + " is still awaiting an answer");
        }
        if (isReadOnly(c)) {
            throw new IllegalStateException("The case is approved; reopen it first");
        }
        int number = c.approval().latest().map(ApprovalRevision::number).orElse(0) + 1;
        List<ApprovalRevision> revisions = new ArrayList<>(c.approval().revisions());
        revisions.add(new ApprovalRevision(number, frozenContent, sha256, now, ApprovalResponse.PENDING, null, null, ""));
        return c.withApproval(c.approval().withRevisions(revisions))
                .withHeader(c.header().withStatus(CaseStatus.AWAITING_APPROVAL));
    }

    /**
     * Records the customer's answer to the pending revision. Approved makes the case read-only;
     * changes requested or rejected sends the manager round again: the next send is revision N+1,
     * starting from what was sent.
     */
    public static CaseFile respond(CaseFile c, ApprovalResponse response, String responderPartyId, Instant at, String comments) {
        ApprovalRevision open = pending(c).orElseThrow(() -> new IllegalStateException("No revision is awaiting an answer"));
        if (response == ApprovalResponse.PENDING) {
            throw new IllegalArgumentException("An answer is approved, changes requested or rejected");
        }
        Party responder = c.parties().stream().filter(p -> p.id().equals(responderPartyId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The responder must be one of the people involved"));
        if (responder.side() != Side.CUSTOMER) {
            throw new IllegalArgumentException("Only someone on the customer's side can answer for the customer");
        }
        List<ApprovalRevision> revisions = new ArrayList<>(c.approval().revisions());
        revisions.set(revisions.size() - 1, new ApprovalRevision(open.number(), open.frozenContent(), open.sha256(), open.sentAt(),
                response, responderPartyId, at, comments == null ? "" : comments.strip()));
        CaseStatus status = response == ApprovalResponse.APPROVED ? CaseStatus.APPROVED : CaseStatus.INVESTIGATING;
        return c.withApproval(c.approval().withRevisions(revisions)).withHeader(c.header().withStatus(status));
    }

    /** Makes an approved case editable again; the next send starts a new revision. The caller logs it. */
    public static CaseFile reopen(CaseFile c) {
        if (!isReadOnly(c)) {
            throw new IllegalStateException("Only an approved case is reopened");
        }
        return c.withHeader(c.header().withStatus(CaseStatus.INVESTIGATING));
    }
}
