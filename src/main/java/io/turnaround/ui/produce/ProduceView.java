package io.turnaround.ui.produce;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Commitment;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The next step, its owner, the agreed next contact (proposed, or negotiated), and the expectations ledger. */
public final class ProduceView extends VBox {
    private final ProduceViewModel vm;

    public ProduceView(ProduceViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        Label script = new Label(i18n.get("produce.script"));
        script.setId("produce-script");
        script.getStyleClass().add("script");
        script.setWrapText(true);

        TextArea what = forms.textArea("produce-what", vm.whatProperty(), 3);
        what.setPromptText(i18n.get("produce.what.prompt"));
        TextField owner = forms.textField("produce-owner", vm.ownerProperty());

        Button propose = new Button(i18n.get("produce.propose"));
        propose.setId("produce-propose");
        propose.setTooltip(new Tooltip(i18n.get("produce.propose.tooltip")));
        propose.setAccessibleText(i18n.get("produce.propose.tooltip"));
        propose.setOnAction(e -> vm.propose());
        Label proposed = new Label();
        proposed.setId("produce-proposed");
        proposed.getStyleClass().add("muted");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(i18n.locale());
        proposed.textProperty().bind(Bindings.createStringBinding(() -> vm.proposedProperty().get() == null ? ""
                : i18n.get("produce.proposed", format.format(vm.proposedProperty().get())), vm.proposedProperty()));

        DatePicker date = new DatePicker();
        date.setId("produce-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField time = forms.textField("produce-time", vm.timeProperty());
        time.setPromptText("10:00");
        time.setPrefColumnCount(6);
        DatePicker deadline = new DatePicker();
        deadline.setId("produce-customer-deadline");
        deadline.valueProperty().bindBidirectional(vm.customerDeadlineProperty());
        deadline.setTooltip(new Tooltip(i18n.get("produce.deadline.tooltip")));

        HBox when = new io.turnaround.ui.common.WrapRow(Gap.M, forms.field("produce.date", date), forms.field("produce.time", time));
        VBox next = Gap.M.vbox(forms.sectionTitle("produce.next.title"), script,
                forms.field("produce.what", what, Commitment.class, "what"),
                forms.field("produce.owner", owner, Commitment.class, "owner"),
                new io.turnaround.ui.common.WrapRow(Gap.M, propose, proposed), when, forms.field("produce.deadline", deadline),
                warning("produce-no-date", i18n.get("produce.no-date"), vm.missingDateProperty()),
                warning("produce-bad-time", i18n.get(io.turnaround.ui.common.TypedInput.TIME_INVALID), vm.invalidTimeProperty()),
                warning("produce-past-date", i18n.get("produce.past-date"), vm.dateInPastProperty()));
        VBox ledger = Gap.M.vbox(forms.sectionTitle("produce.expectations.title"), forms.hint("produce.expectations.guidance"),
                new ExpectationsPane(vm.expectations(), i18n, forms));
        getChildren().addAll(forms.hint("produce.guidance"), Forms.row(next, ledger));
    }

    private static Label warning(String id, String text, ObservableBooleanValue shown) {
        Label warning = new Label(text);
        warning.setId(id);
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(shown);
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }
}
