package io.turnaround.ui.facts;

import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Population, sample and defects in; the defect rate, its 95 % interval and a sentence out. */
final class SamplingPane extends VBox {
    SamplingPane(FactsViewModel vm, I18n i18n, Forms forms) {
        super(8);
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
                        forms.field("facts.sample.defects", defects)), result, spread, insert);
    }
}
