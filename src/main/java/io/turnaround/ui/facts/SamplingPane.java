package io.turnaround.ui.facts;

import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Population, sample and defects in; the defect rate, its 95 % interval and a sentence out. */
final class SamplingPane extends VBox {
    SamplingPane(FactsViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        TextField population = forms.textField("facts-sample-population", vm.populationProperty());
        TextField sample = forms.textField("facts-sample-size", vm.sampleProperty());
        TextField defects = forms.textField("facts-sample-defects", vm.defectsProperty());
        Label result = new Label();
        result.setId("facts-sample-result");
        result.setWrapText(true);
        result.getStyleClass().add("script");
        result.textProperty().bind(vm.sampleResultProperty());
        result.visibleProperty().bind(vm.sampleResultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Label spread = new Label();
        spread.setId("facts-sample-spread");
        spread.setWrapText(true);
        spread.getStyleClass().add("muted");
        spread.textProperty().bind(vm.sampleSpreadProperty());
        Button insert = new Button(i18n.get("facts.sample.insert"));
        insert.setId("facts-sample-insert");
        insert.disableProperty().bind(vm.sampleResultProperty().isEmpty());
        insert.setOnAction(e -> vm.insertSample());
        getChildren().addAll(forms.hint("facts.sample.guidance"),
                Forms.row(forms.field("facts.sample.population", population), forms.field("facts.sample.size", sample),
                        forms.field("facts.sample.defects", defects)), result, spread, insert, measured(vm, i18n, forms));
    }

    /** Measured values against a tolerance: the sigma level and the share expected outside it. */
    private static VBox measured(FactsViewModel vm, I18n i18n, Forms forms) {
        SpreadCalculator calc = vm.spread();
        javafx.scene.control.TextArea values = forms.textArea("facts-spread-values", calc.valuesProperty(), 2);
        TextField mean = forms.textField("facts-spread-mean", calc.meanProperty());
        TextField deviation = forms.textField("facts-spread-deviation", calc.deviationProperty());
        TextField lower = forms.textField("facts-spread-lower", calc.lowerProperty());
        TextField upper = forms.textField("facts-spread-upper", calc.upperProperty());
        Label result = new Label();
        result.setId("facts-spread-result");
        result.setWrapText(true);
        result.getStyleClass().add("script");
        result.textProperty().bind(calc.resultProperty());
        result.visibleProperty().bind(calc.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Button insert = new Button(i18n.get("facts.sample.insert"));
        insert.setId("facts-spread-insert");
        insert.setAccessibleText(i18n.get("facts.spread.insert"));
        insert.disableProperty().bind(calc.resultProperty().isEmpty());
        insert.setOnAction(e -> vm.insertSpread());
        return Gap.S.vbox(forms.hint("facts.spread.guidance"), forms.field("facts.spread.values", values),
                Forms.row(forms.field("facts.spread.mean", mean), forms.field("facts.spread.deviation", deviation),
                        forms.field("facts.spread.lower", lower), forms.field("facts.spread.upper", upper)), result, insert);
    }
}
