package io.turnaround.ui.conclusions;

import io.turnaround.domain.Conclusions;
import io.turnaround.domain.Responsibility;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;

public final class ConclusionsView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final ConclusionsViewModel vm;

    public ConclusionsView(ConclusionsViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");
        ComboBox<Responsibility> responsibility = EnumCombo.of("conclusions-responsibility", Responsibility.values(), i18n);
        responsibility.valueProperty().bindBidirectional(vm.responsibilityProperty());
        getChildren().addAll(forms.hint("conclusions.guidance"),
                forms.field("conclusions.responsibility", responsibility),
                Forms.row(
                        forms.field("conclusions.staff", forms.textArea("conclusions-staff", vm.staffDeviationProperty(), 3),
                                Conclusions.class, "staffDeviation"),
                        forms.field("conclusions.customer", forms.textArea("conclusions-customer", vm.customerDeviationProperty(), 3),
                                Conclusions.class, "customerDeviation")),
                forms.field("conclusions.blame", forms.textArea("conclusions-blame", vm.acceptedBlameProperty(), 3),
                        Conclusions.class, "acceptedBlame"),
                forms.field("conclusions.told", forms.textArea("conclusions-told", vm.canBeToldProperty(), 3),
                        Conclusions.class, "canBeTold"),
                forms.field("conclusions.opinion", forms.textArea("conclusions-opinion", vm.internalOpinionProperty(), 3),
                        Conclusions.class, "internalOpinion"));
    }
}
