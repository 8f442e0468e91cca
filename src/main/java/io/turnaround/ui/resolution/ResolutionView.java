package io.turnaround.ui.resolution;

import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Resolution;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

public final class ResolutionView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final ResolutionViewModel vm;

    public ResolutionView(ResolutionViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");
        TextArea requested = new TextArea();
        requested.setId("resolution-requested");
        requested.setEditable(false);
        requested.setWrapText(true);
        requested.setPrefRowCount(3);
        requested.textProperty().bind(vm.requestedRemedyProperty());
        requested.getStyleClass().add("read-only");
        TextArea remedy = forms.textArea("resolution-remedy", vm.remedyProperty(), 3);
        ComboBox<FairnessPrinciple> principle = EnumCombo.of("resolution-principle", FairnessPrinciple.values(), i18n);
        principle.valueProperty().bindBidirectional(vm.principleProperty());
        TextField ours = forms.textField("resolution-our-cost", vm.ourCostProperty());
        TextField theirs = forms.textField("resolution-customer-cost", vm.customerCostProperty());
        TextField currency = forms.textField("resolution-currency", vm.currencyProperty());
        currency.setPrefColumnCount(4);
        Label costError = new Label();
        costError.setId("resolution-cost-error");
        costError.getStyleClass().add("warning");
        costError.textProperty().bind(vm.costErrorProperty());
        costError.visibleProperty().bind(vm.costErrorProperty().isNotEmpty());
        costError.managedProperty().bind(costError.visibleProperty());
        getChildren().addAll(forms.hint("resolution.guidance"),
                Forms.row(forms.field("resolution.requested", requested, Resolution.class, "requestedRemedy"),
                        forms.field("resolution.remedy", remedy, Resolution.class, "remedy")),
                forms.field("resolution.principle", principle),
                Forms.row(forms.field("resolution.our-cost", ours), forms.field("resolution.customer-cost", theirs),
                        forms.field("resolution.currency", currency)),
                costError);
    }
}
