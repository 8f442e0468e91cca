package io.turnaround.export;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a customer document (the PDF, the email) is made of. {@code content} is the customer's projection of the
 * case ({@link CustomerView#project}): its internal fields are empty by construction.
 *
 * @param revision  the approval revision shown; 0 for a draft that has not been sent yet
 * @param response  the customer's answer to that revision (PENDING for a draft)
 * @param responder the party who answered, if any
 */
public record CustomerSummary(
        CaseFile content,
        String companyName,
        int revision,
        ApprovalResponse response,
        Optional<Party> responder,
        Instant respondedAt,
        Instant issuedAt,
        String coverText) {

    /**
     * The summary of the case as it stands ({@code revisionNumber} null), or of revision N as it was sent: Facts,
     * Conclusions, Resolution and Prevention then come from that revision's frozen content, not from later edits.
     */
    public static CustomerSummary of(CaseFile c, Integer revisionNumber, String companyName, Instant issuedAt, String coverText,
                                     CustomerView view) {
        CaseFile content = view.project(c);
        ApprovalRevision shown = null;
        if (revisionNumber != null) {
            shown = c.approval().revisions().stream().filter(r -> r.number() == revisionNumber).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Case " + c.header().reference() + " has no revision " + revisionNumber));
            CustomerView.Frozen frozen = view.thaw(shown.frozenContent());
            content = content.withFacts(frozen.facts()).withConclusions(frozen.conclusions())
                    .withResolution(frozen.resolution()).withPrevention(frozen.prevention());
        } else {
            // The latest revision is shown by number when the case has not changed since it was sent.
            String current = view.freeze(c).sha256();
            shown = c.approval().latest().filter(r -> r.sha256().equals(current)).orElse(null);
        }
        ApprovalRevision r = shown;
        Optional<Party> responder = r == null ? Optional.empty()
                : content.parties().stream().filter(p -> p.id().equals(r.responderPartyId())).findFirst();
        return new CustomerSummary(content, companyName == null ? "" : companyName, r == null ? 0 : r.number(),
                r == null ? ApprovalResponse.PENDING : r.response(), responder, r == null ? null : r.respondedAt(), issuedAt,
                coverText == null ? "" : coverText);
    }

    public String reference() {
        return content.header().reference();
    }

    /** The customer's people who receive the summary: the email's To. */
    public List<Party> to() {
        return content.parties().stream().filter(p -> p.side() == Side.CUSTOMER && p.receivesSummary()).toList();
    }

    /**
     * Everyone else chosen to receive it — our people, third parties, the customer's other people: the email's Cc. A party
     * whose "receives the summary" is off is never addressed, whatever their side.
     */
    public List<Party> cc() {
        return content.parties().stream().filter(p -> p.receivesSummary() && p.side() != Side.CUSTOMER).toList();
    }

    /** Exactly the people addressed, receivers first: the PDF's "Distributed to" and the email's recipients are one set. */
    public List<Party> distributedTo() {
        List<Party> all = new ArrayList<>(to());
        all.addAll(cc());
        return all;
    }

    public Optional<Party> approver() {
        String id = content.approval().approverPartyId();
        return content.parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
