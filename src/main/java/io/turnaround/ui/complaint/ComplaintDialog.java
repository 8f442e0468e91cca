package io.turnaround.ui.complaint;

import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Redress;
import io.turnaround.domain.Regime;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Case › Complaint record: the rules the case is handled under, when it was received, its deadlines in plain words, the
 * outcome, redress and the letters sent. Every field saves as it is typed, like the steps.
 */
public final class ComplaintDialog extends Dialog<Void> {

    public ComplaintDialog(Window owner, ComplaintViewModel vm, I18n i18n, java.util.function.Consumer<LetterKind> draftLetter) {
        initOwner(owner);
        setTitle(i18n.get("complaint.title"));
        setResizable(true);
        Forms forms = new Forms(i18n);
        boolean readOnly = vm.session().readOnlyProperty().get();

        ComboBox<Regime> regime = EnumCombo.of("complaint-regime", Regime.values(), i18n);
        regime.valueProperty().bindBidirectional(vm.regimeProperty());
        DatePicker receivedDate = new DatePicker();
        receivedDate.setId("complaint-received-date");
        receivedDate.valueProperty().bindBidirectional(vm.receivedDateProperty());
        receivedDate.setAccessibleText(i18n.get("complaint.received"));
        TextField receivedTime = forms.textField("complaint-received-time", vm.receivedTimeProperty());
        receivedTime.setPrefColumnCount(5);
        receivedTime.setAccessibleText(i18n.get("complaint.received.time"));
        CheckBox payments = new CheckBox(i18n.get("complaint.payments"));
        payments.setId("complaint-payments");
        payments.setSelected(Boolean.TRUE.equals(vm.paymentServicesProperty().get()));
        payments.selectedProperty().addListener((o, was, now) -> vm.paymentServicesProperty().set(now));
        vm.paymentServicesProperty().addListener((o, was, now) -> payments.setSelected(Boolean.TRUE.equals(now)));
        TextField product = forms.textField("complaint-product", vm.productProperty());
        TextField rootCause = forms.textField("complaint-root-cause", vm.rootCauseProperty());

        ListView<String> deadlines = new ListView<>(vm.deadlines());
        deadlines.setId("complaint-deadlines");
        deadlines.setAccessibleText(i18n.get("complaint.deadlines"));
        deadlines.setPrefHeight(110);
        deadlines.setFocusTraversable(true);

        ComboBox<ComplaintOutcome> outcome = EnumCombo.of("complaint-outcome", ComplaintOutcome.values(), i18n);
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        TextArea reasons = forms.textArea("complaint-outcome-reasons", vm.outcomeReasonsProperty(), 3);
        TextArea delay = forms.textArea("complaint-delay-reason", vm.delayReasonProperty(), 2);
        DatePicker promised = new DatePicker();
        promised.setId("complaint-promised-by");
        promised.valueProperty().bindBidirectional(vm.promisedByProperty());
        DatePicker referred = new DatePicker();
        referred.setId("complaint-referred-on");
        referred.valueProperty().bindBidirectional(vm.referredOnProperty());

        VBox form = Gap.M.vbox(
                Forms.row(forms.field("complaint.regime", regime), forms.field("complaint.received", receivedDate),
                        forms.field("complaint.received.time", receivedTime)),
                payments,
                Forms.row(forms.field("complaint.product", product, Complaint.class, "product"),
                        forms.field("complaint.root-cause", rootCause, Complaint.class, "rootCause")),
                forms.field("complaint.deadlines", deadlines),
                Forms.row(forms.field("complaint.outcome", outcome)),
                forms.field("complaint.outcome.reasons", reasons, Complaint.class, "outcomeReasons"),
                Forms.row(forms.field("complaint.delay", delay, Complaint.class, "delayReason"), forms.field("complaint.promised-by", promised)),
                redressSection(vm, i18n, forms),
                lettersSection(vm, i18n, draftLetter),
                forms.field("complaint.referred-on", referred));
        form.setPrefWidth(720);
        form.setDisable(readOnly);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        Label headline = new Label();
        headline.setId("complaint-headline");
        headline.textProperty().bind(vm.summary());
        headline.getStyleClass().add("step-hint");
        getDialogPane().setContent(Gap.S.vbox(headline, scroll));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static VBox redressSection(ComplaintViewModel vm, I18n i18n, Forms forms) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        ListView<Redress> list = new ListView<>(vm.redress());
        list.setId("complaint-redress");
        list.setPrefHeight(90);
        list.setAccessibleText(i18n.get("complaint.redress"));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Redress r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : i18n.get(r.paid() ? "complaint.redress.paid.line" : "complaint.redress.offered.line",
                        r.amount().toPlainString(), r.currency(), r.on() == null ? "" : date.format(r.on()), r.note()));
            }
        });
        TextField amount = forms.textField("complaint-redress-amount", vm.redressAmountProperty());
        amount.setPrefColumnCount(8);
        amount.setPromptText(i18n.get("complaint.redress.amount"));
        DatePicker on = new DatePicker();
        on.setId("complaint-redress-date");
        on.valueProperty().bindBidirectional(vm.redressDateProperty());
        on.setAccessibleText(i18n.get("complaint.redress.date"));
        CheckBox paid = new CheckBox(i18n.get("complaint.redress.paid"));
        paid.setId("complaint-redress-paid");
        paid.selectedProperty().bindBidirectional(vm.redressPaidProperty());
        TextField note = forms.textField("complaint-redress-note", vm.redressNoteProperty());
        note.setPromptText(i18n.get("complaint.redress.note"));
        Button add = new Button(i18n.get("complaint.redress.add"));
        add.setId("complaint-redress-add");
        add.setOnAction(e -> vm.addRedress());
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.redressAmountProperty().get().isBlank(), vm.redressAmountProperty()));
        Button remove = new Button(i18n.get("complaint.redress.remove"));
        remove.setId("complaint-redress-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeRedress(list.getSelectionModel().getSelectedItem()));
        Label problem = new Label();
        problem.getStyleClass().add("warning");
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get().isEmpty() ? ""
                : i18n.get(vm.problemProperty().get()), vm.problemProperty()));
        HBox addRow = new io.turnaround.ui.common.WrapRow(Gap.S, amount, on, paid, note, add, remove);
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        return Gap.XS.vbox(forms.field("complaint.redress", list), addRow, problem);
    }

    private static VBox lettersSection(ComplaintViewModel vm, I18n i18n, java.util.function.Consumer<LetterKind> draftLetter) {
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(java.time.ZoneId.systemDefault());
        ListView<String> sent = new ListView<>();
        sent.setId("complaint-letters");
        sent.setPrefHeight(80);
        sent.setAccessibleText(i18n.get("complaint.letters"));
        Runnable fill = () -> sent.getItems().setAll(vm.session().current().complaint().letters().stream()
                .map(l -> i18n.of(l.kind()) + " — " + (l.sentAt() == null ? "" : at.format(l.sentAt()))).toList());
        fill.run();
        vm.session().currentProperty().addListener((o, was, now) -> fill.run());
        MenuButton draft = new MenuButton(i18n.get("complaint.letters.draft"));
        draft.setId("complaint-letter-draft");
        MenuButton mark = new MenuButton(i18n.get("complaint.letters.mark"));
        mark.setId("complaint-letter-mark");
        for (LetterKind kind : LetterKind.values()) {
            String id = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            MenuItem d = new MenuItem(i18n.of(kind) + "…");
            d.setId("complaint-draft-" + id);
            d.setOnAction(e -> draftLetter.accept(kind));
            draft.getItems().add(d);
            MenuItem m = new MenuItem(i18n.of(kind));
            m.setId("complaint-mark-" + id);
            m.setOnAction(e -> vm.markSent(kind));
            mark.getItems().add(m);
        }
        Label label = new Label(i18n.get("complaint.letters"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(sent);
        return Gap.XS.vbox(label, sent, new HBox(8, draft, mark));
    }
}
