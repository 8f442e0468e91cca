package io.turnaround.export;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Side;
import io.turnaround.domain.SummaryRequest;
import java.util.List;

/**
 * The short covering text of a summary, drafted from the case and then edited by the manager: it opens the PDF
 * and is the body of the email. Only customer-visible fields are used (the case is projected first).
 */
public final class CoverLetter {
    private final SummaryText text;
    private final CustomerView view;

    public CoverLetter(SummaryText text, CustomerView view) {
        this.text = text;
        this.view = view;
    }

    public String draft(CaseFile c, String companyName) {
        return draft(c, Sender.company(companyName));
    }

    /** A draft signed by the case's signer: the party of our firm chosen on the case, or the manager in Settings. */
    public String draft(CaseFile c, Sender sender) {
        CaseFile visible = view.project(c);
        StringBuilder b = new StringBuilder();
        List<String> names = visible.parties().stream()
                .filter(p -> p.side() == Side.CUSTOMER && p.receivesSummary() && !p.name().isBlank())
                .map(p -> p.name().strip()).toList();
        b.append(names.isEmpty() ? text.get("cover.greeting.all") : text.get("cover.greeting", String.join(", ", names)));
        String subject = visible.header().subject().strip();
        b.append("\n\n").append(subject.isEmpty() ? text.get("cover.opening.plain", "", visible.header().reference())
                : text.get("cover.opening", "", visible.header().reference(), subject));
        String remedy = visible.resolution().remedy().strip();
        if (!remedy.isEmpty()) {
            b.append("\n\n").append(text.get("cover.remedy", remedy));
        }
        visible.produce().nextContact().ifPresent(next -> b.append("\n\n").append(text.get("cover.next", text.dateTime(next.dueAt()))));
        b.append("\n\n").append(closingRequest(visible));
        b.append("\n\n").append(text.get("cover.closing"));
        List<String> signature = sender.signingFor(visible).signatureLines();
        if (!signature.isEmpty()) {
            b.append("\n").append(String.join("\n", signature));
        }
        return b.toString();
    }

    /**
     * What the letter asks of the customer follows the case: approval of a first summary, approval again after the
     * changes they asked for, or — once approved — nothing but the reminder that we keep them informed.
     */
    private String closingRequest(CaseFile c) {
        var revisions = c.approval().revisions();
        var lastAnswer = revisions.stream().filter(r -> r.respondedAt() != null).reduce((a, b) -> b).map(r -> text.date(r.respondedAt()))
                .orElse("");
        return switch (SummaryRequest.of(revisions, c.header().status() == CaseStatus.APPROVED, Integer.MAX_VALUE)) {
            case NOTHING_APPROVED -> text.get("cover.approved", lastAnswer);
            case APPROVAL_AFTER_CHANGES -> text.get("cover.changes", lastAnswer);
            case APPROVAL -> text.get("cover.approval");
        };
    }

    /** METHOD.md's positioning phrases, offered to the writer and never inserted on their own. */
    public List<String> positioningPhrases() {
        return List.of(text.get("cover.phrases").split("\\|"));
    }
}
