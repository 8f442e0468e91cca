package io.turnaround.ui.complaint;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterChecks;
import io.turnaround.domain.LetterKind;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * On the Approval step of a regulated complaint: what the rules still require before the final response goes out
 * (an outcome, reasons, a root cause, the right to refer, a deadline passed). Warnings, never a block; the button opens
 * the complaint record.
 */
public final class ComplaintChecksPane extends VBox {
    private final Label list = new Label();

    public ComplaintChecksPane(CaseSession session, Supplier<ComplaintRules> rules, Clock clock, I18n i18n, Runnable openRecord) {
        setId("approval-complaint-checks");
        Gap.XS.applyTo(this);
        Label title = new Label(i18n.get("complaint.check.title"));
        title.getStyleClass().add("field-label");
        list.setWrapText(true);
        list.setId("approval-complaint-warnings");
        Button open = new Button(i18n.get("complaint.open"));
        open.setId("approval-complaint-open");
        open.setOnAction(e -> openRecord.run());
        getChildren().addAll(title, list, open);
        Runnable refresh = () -> show(session.current(), rules.get(), clock, i18n);
        session.currentProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();
    }

    private void show(CaseFile c, ComplaintRules rules, Clock clock, I18n i18n) {
        boolean shown = c.complaint().regulated() && c.complaint().closedAt().isEmpty();
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        // Our wording names the Financial Ombudsman Service; the firm's own is checked as written.
        String body = rules.wordingOf(LetterKind.FINAL_RESPONSE).orElse("Financial Ombudsman Service");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        List<String> lines = LetterChecks.before(LetterKind.FINAL_RESPONSE, c, body, rules, clock.instant()).stream()
                .map(w -> "• " + i18n.get("complaint.check." + w.key(), w.date() == null ? "" : date.format(w.date()))).toList();
        list.setText(lines.isEmpty() ? i18n.get("complaint.check.none") : String.join("\n", lines));
        list.getStyleClass().setAll("label", lines.isEmpty() ? "step-hint" : "warning");
    }
}
