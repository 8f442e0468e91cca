package io.turnaround.export;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Side;
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
        b.append("\n\n").append(text.get("cover.approval"));
        b.append("\n\n").append(text.get("cover.closing"));
        List<String> signature = sender.signingFor(visible).signatureLines();
        if (!signature.isEmpty()) {
            b.append("\n").append(String.join("\n", signature));
        }
        return b.toString();
    }

    /** METHOD.md's positioning phrases, offered to the writer and never inserted on their own. */
    public List<String> positioningPhrases() {
        return List.of(text.get("cover.phrases").split("\\|"));
    }
}
