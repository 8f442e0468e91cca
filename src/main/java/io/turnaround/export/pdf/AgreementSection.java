package io.turnaround.export.pdf;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Expectation;
import java.util.List;
import java.util.Locale;
import io.turnaround.export.SummaryText;

/**
 * "What we agreed": if it was not written, it did not happen. Every commitment made on the call with its owner and agreed
 * date, every expectation with where it stands and how it will be measured, and the facts the customer confirmed or
 * corrected when we restated them. Drawn from the customer's projection, like every section.
 */
final class AgreementSection {
    private final SummaryText text;

    AgreementSection(SummaryText text) {
        this.text = text;
    }

    void draw(PageFlow flow, CaseFile c) {
        List<Commitment> commitments = c.produce().commitments().stream().filter(k -> !k.what().isBlank()).toList();
        List<Expectation> expectations = c.produce().expectations().stream().filter(e -> !e.text().isBlank()).toList();
        List<CheckDown> checked = c.ask().checkDowns().stream()
                .filter(d -> d.state() != CheckDownState.UNCHECKED && !d.statement().isBlank()).toList();
        if (commitments.isEmpty() && expectations.isEmpty() && checked.isEmpty()) {
            return;
        }
        flow.heading(text.get("summary.agreed"));
        if (!commitments.isEmpty()) {
            flow.subheading(text.get("summary.agreed.commitments"));
            flow.table(new float[] {5f, 2.4f, 3.6f, 1.8f}, List.of(text.get("summary.agreed.what"), text.get("summary.agreed.owner"),
                    text.get("summary.agreed.by"), text.get("summary.agreed.state")), commitments.stream().map(this::row).toList());
        }
        if (!expectations.isEmpty()) {
            flow.subheading(text.get("summary.agreed.expectations"));
            flow.beginList();
            expectations.forEach(e -> flow.bullet("•", expectation(e), PageFlow.BODY, 12));
            flow.endList();
            flow.gap(4);
        }
        if (!checked.isEmpty()) {
            flow.subheading(text.get("summary.agreed.checked"));
            flow.beginList();
            checked.forEach(d -> flow.bullet("•", checkDown(d), PageFlow.BODY, 12));
            flow.endList();
            flow.gap(4);
        }
    }

    private List<String> row(Commitment k) {
        String state = k.isOpen() ? text.get("summary.agreed.open") : text.get("summary.agreed.done", text.date(k.doneAt()));
        return List.of(k.what() + (k.nextContact() ? "\n(" + text.get("summary.agreed.next") + ")" : ""),
                k.owner().isBlank() ? text.get("summary.unknown") : k.owner(), text.dateTime(k.dueAt()), state);
    }

    private String expectation(Expectation e) {
        String key = "summary.agreed.expectation." + e.state().name().toLowerCase(Locale.ROOT);
        String line = text.get(key, e.text().strip(), e.escalatedTo().isBlank() ? text.get("summary.unknown") : e.escalatedTo().strip());
        line = e.measure().isBlank() ? line : line + " " + text.get("summary.agreed.measure", e.measure().strip());
        String said = line;
        return history(e).map(h -> said + " " + h).orElse(said);
    }

    /** How it was negotiated ("you asked 200 overnight → we discussed 120 by 7 am → we agreed"), when it moved at all. */
    private java.util.Optional<String> history(Expectation e) {
        if (e.history().size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> steps = e.history().stream().map(h -> {
            String said = text.get("summary.agreed.step." + h.state().name().toLowerCase(Locale.ROOT));
            return h.measure().isBlank() ? said : text.get("summary.agreed.step.with", said, h.measure().strip());
        }).toList();
        return java.util.Optional.of(text.get("summary.agreed.history", String.join(" \u2192 ", steps)));
    }

    private String checkDown(CheckDown d) {
        return d.state() == CheckDownState.CORRECTED && !d.correction().isBlank()
                ? text.get("summary.agreed.corrected", d.statement().strip(), d.correction().strip())
                : text.get("summary.agreed.confirmed", d.statement().strip());
    }
}
