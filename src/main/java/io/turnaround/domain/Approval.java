package io.turnaround.domain;

import java.util.List;
import java.util.Optional;

/**
 * The Approval step: who approves, who signs the covering letter, the covering text of the next summary, and every
 * revision sent so far (several loops are normal). The covering text belongs to the case, not to a window: it is
 * part of what is sent, and is frozen with each revision.
 *
 * @param signerPartyId one of our firm's parties who signs the covering letter, or null for the manager in Settings
 * @param coverText     the covering text as the manager edited it; empty until edited, when a draft is offered
 * @param language      the language of the customer documents (a BCP 47 tag such as "de-DE"); empty for the default in
 *                      Settings
 */
public record Approval(String approverPartyId, String signerPartyId, @CustomerVisible String coverText, String language,
                       List<ApprovalRevision> revisions) {
    public static final Approval EMPTY = new Approval(null, null, "", "", List.of());

    public Approval {
        coverText = Texts.orEmpty(coverText);
        language = Texts.orEmpty(language);
        revisions = Texts.copy(revisions);
    }

    /** An approval with no signer chosen, no covering text typed and the default language. */
    public Approval(String approverPartyId, List<ApprovalRevision> revisions) {
        this(approverPartyId, null, "", "", revisions);
    }

    public Optional<ApprovalRevision> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    public Optional<ApprovalRevision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    public boolean isApproved() {
        return latest().map(r -> r.response() == ApprovalResponse.APPROVED).orElse(false);
    }

    public Approval withApprover(String partyId) {
        return new Approval(partyId, signerPartyId, coverText, language, revisions);
    }

    public Approval withSigner(String partyId) {
        return new Approval(approverPartyId, partyId, coverText, language, revisions);
    }

    public Approval withCoverText(String value) {
        return new Approval(approverPartyId, signerPartyId, value, language, revisions);
    }

    public Approval withRevisions(List<ApprovalRevision> value) {
        return new Approval(approverPartyId, signerPartyId, coverText, language, value);
    }

    public Approval withLanguage(String value) {
        return new Approval(approverPartyId, signerPartyId, coverText, value, revisions);
    }
}
