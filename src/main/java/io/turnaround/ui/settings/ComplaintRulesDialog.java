package io.turnaround.ui.settings;

import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** View › Complaint rules…: the firm's regime, time zone, holiday calendars and its own wording of the letters. */
public final class ComplaintRulesDialog extends Dialog<ComplaintRules> {

    public ComplaintRulesDialog(Window owner, ComplaintRules current, I18n i18n) {
        ComplaintRulesViewModel vm = new ComplaintRulesViewModel(current);
        initOwner(owner);
        setTitle(i18n.get("rules.title"));
        setHeaderText(i18n.get("rules.header"));
        setResizable(true);
        Forms forms = new Forms(i18n);
        ComboBox<Regime> regime = EnumCombo.of("rules-regime", Regime.values(), i18n);
        regime.valueProperty().bindBidirectional(vm.regimeProperty());
        TextField zone = forms.textField("rules-zone", vm.zoneProperty());
        TextArea ew = forms.textArea("rules-holidays-ew", vm.englandAndWalesProperty(), 10);
        TextArea us = forms.textArea("rules-holidays-us", vm.usFederalProperty(), 10);
        var general = Gap.M.vbox(Forms.row(forms.field("rules.regime", regime), forms.field("rules.zone", zone)),
                forms.hint("rules.holidays.hint"), Forms.row(forms.field("rules.holidays.ew", ew), forms.field("rules.holidays.us", us)));
        var letters = Gap.M.vbox(forms.hint("rules.wording.hint"));
        for (LetterKind kind : LetterKind.values()) {
            TextArea area = forms.textArea("rules-wording-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    vm.wordingProperty(kind), 4);
            area.setPromptText(i18n.get("rules.wording.ours"));
            Label label = new Label(i18n.of(kind));
            label.getStyleClass().add("field-label");
            label.setLabelFor(area);
            area.setAccessibleText(i18n.of(kind));
            letters.getChildren().add(Gap.XS.vbox(label, area));
        }
        TabPane tabs = new TabPane(new Tab(i18n.get("rules.tab.rules"), general), new Tab(i18n.get("rules.tab.letters"),
                new javafx.scene.control.ScrollPane(letters)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("rules-tabs");
        Label problem = new Label();
        problem.setId("rules-problem");
        problem.getStyleClass().add("warning");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        var content = Gap.S.vbox(tabs, problem);
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.problemProperty().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? vm.result().orElse(null) : null);
    }

    public static Optional<ComplaintRules> ask(Window owner, ComplaintRules current, I18n i18n) {
        return new ComplaintRulesDialog(owner, current, i18n).showAndWait();
    }
}
