package io.turnaround.export;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a customer document (the PDF, the email) is made of. {@code content} is the customer's projection of the
 * case ({@link CustomerView#project}), or of a revision as it was sent: its internal fields are empty by construction.
 * Built by {@link SummaryExporter#summary}.
 *
 * @param revision  the approval revision shown; 0 for a draft that has not been sent yet
 * @param response  the customer's answer to that revision (PENDING for a draft)
 * @param responder the party who answered, if any
 * @param language  the language the documents are written in
 */
public record CustomerSummary(
        CaseFile content,
        Sender sender,
        int revision,
        ApprovalResponse response,
        Optional<Party> responder,
        Instant respondedAt,
        Instant issuedAt,
        String coverText,
        java.util.Locale language) {

    /** What the document asks of the customer, as it did when it was (or will be) sent. */
    public io.turnaround.domain.SummaryRequest request() {
        boolean approved = response == ApprovalResponse.APPROVED || content.header().status() == io.turnaround.domain.CaseStatus.APPROVED;
        return io.turnaround.domain.SummaryRequest.of(content.approval().revisions(), approved,
                revision == 0 ? Integer.MAX_VALUE : revision);
    }

    public String companyName() {
        return sender.companyName();
    }

    public String reference() {
        return content.header().reference();
    }

    /** The customer's people who receive the summary: the email's To. */
    public List<Party> to() {
        return content.parties().stream().filter(p -> p.side() == Side.CUSTOMER && p.receivesSummary()).toList();
    }

    /**
     * Everyone else chosen to receive it — our people, third parties: the email's Cc. A party whose "receives the
     * summary" is off is never addressed, whatever their side.
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
