package io.turnaround.ui.approval;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.ApprovalWarning;
import io.turnaround.domain.Party;
import io.turnaround.export.RevisionDiff;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Cells;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Send for approval, record the answer, reopen, and every revision with what changed between two. */
final class ApprovalLoopPane extends VBox {
    private final ApprovalLoopModel model;

    ApprovalLoopPane(ApprovalLoopModel model, ObservableList<Party> customers, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.model = model;
        ListView<ApprovalWarning> warnings = new ListView<>(model.warnings());
        warnings.setId("approval-warnings");
        warnings.setAccessibleText(i18n.get("approval.warnings"));
        warnings.setPlaceholder(new Label(i18n.get("approval.warnings.none")));
        io.turnaround.ui.common.TextSize.prefHeight(warnings, 6.5);
        warnings.setFocusTraversable(false);
        warnings.setCellFactory(Cells.text(w -> "\u26a0  " + i18n.of(w)));
        Button send = new Button(i18n.get("approval.send"));
        send.setId("approval-send");
        send.getStyleClass().add("accent");
        send.setTooltip(new Tooltip(i18n.get("approval.send.tooltip")));
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(e -> model.send());

        ComboBox<ApprovalResponse> response = EnumCombo.of("approval-response", ApprovalResponse.values(), i18n, ApprovalResponse.PENDING);
        ComboBox<Party> responder = new ComboBox<>(customers);
        responder.setId("approval-responder");
        responder.setConverter(new PartyConverter());
        responder.setMaxWidth(Double.MAX_VALUE);
        TextField comments = new TextField();
        comments.setId("approval-comments");
        comments.setPromptText(i18n.get("approval.comments.prompt"));
        Label error = new Label();
        error.setId("approval-error");
        error.getStyleClass().add("warning");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button record = new Button(i18n.get("approval.record"));
        record.setId("approval-record");
        record.setOnAction(e -> {
            String problem = model.answer(response.getValue(), responder.getValue() == null ? null : responder.getValue().id(),
                    comments.getText());
            error.setText(problem == null ? "" : i18n.get(problem));
            if (problem == null) {
                response.setValue(null);
                comments.clear();
            }
        });
        VBox answer = Gap.S.vbox(forms.sectionTitle("approval.answer.title"),
                Forms.row(forms.field("approval.response", response), forms.field("approval.responder", responder)),
                forms.field("approval.comments", comments), new io.turnaround.ui.common.WrapRow(Gap.M, record), error);
        answer.visibleProperty().bind(model.canAnswerProperty());
        answer.managedProperty().bind(answer.visibleProperty());

        Button reopen = new Button(i18n.get("approval.reopen"));
        reopen.setId("approval-reopen");
        reopen.setTooltip(new Tooltip(i18n.get("approval.reopen.tooltip")));
        reopen.visibleProperty().bind(model.canReopenProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(e -> model.reopen());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale());
        TableView<ApprovalRevision> table = Tables.table("approval-revisions", model.revisions(), i18n.get("approval.revisions"),
                i18n.get("approval.revisions.none"));
        io.turnaround.ui.common.TextSize.prefHeight(table, 11.5);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(Tables.column("#", r -> String.valueOf(r.number()), 40));
        table.getColumns().add(Tables.column(i18n.get("approval.col.sent"),
                r -> r.sentAt() == null ? "" : when.format(r.sentAt().atZone(ZoneId.systemDefault())), 150));
        table.getColumns().add(Tables.column(i18n.get("approval.col.response"), r -> i18n.of(r.response()), 140));
        table.getColumns().add(Tables.column(i18n.get("approval.col.comments"), ApprovalRevision::comments, 260));
        table.getColumns().add(Tables.column(i18n.get("approval.col.hash"), r -> r.sha256().length() > 12 ? r.sha256().substring(0, 12)
                + "\u2026" : r.sha256(), 120));
        ListView<RevisionDiff.Change> changes = new ListView<>();
        changes.setId("approval-changes");
        changes.setAccessibleText(i18n.get("approval.changes"));
        changes.setPlaceholder(new Label(i18n.get("approval.changes.hint")));
        io.turnaround.ui.common.TextSize.prefHeight(changes, 9.2);
        changes.setCellFactory(Cells.text(ch -> ch.path() + ":  " + (ch.before() == null ? "\u2014" : ch.before()) + "  \u2192  "
                        + (ch.after() == null ? "\u2014" : ch.after())));
        javafx.scene.control.TextArea content = new javafx.scene.control.TextArea();
        content.setId("approval-revision-content");
        content.setEditable(false);
        content.setPrefRowCount(8);
        content.setPromptText(i18n.get("approval.content.hint"));
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<ApprovalRevision>) c -> {
            List<ApprovalRevision> picked = table.getSelectionModel().getSelectedItems().stream()
                    .sorted(java.util.Comparator.comparingInt(ApprovalRevision::number)).toList();
            changes.getItems().setAll(picked.size() == 2 ? model.diff(picked.get(0), picked.get(1)) : List.of());
            content.setText(picked.size() == 1 ? picked.get(0).frozenContent() : "");
        });

        getChildren().addAll(forms.field("approval.warnings", warnings), new io.turnaround.ui.common.WrapRow(Gap.M, send, reopen), answer,
                forms.sectionTitle("approval.revisions"), table, forms.field("approval.changes", changes),
                forms.field("approval.content", content));
    }
}
