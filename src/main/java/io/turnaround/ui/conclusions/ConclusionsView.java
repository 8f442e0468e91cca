package io.turnaround.ui.conclusions;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Responsibility;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Where it broke down, who left the right course, the scenarios, and what stays internal. */
public final class ConclusionsView extends VBox {
    private final ConclusionsViewModel vm;

    public ConclusionsView(ConclusionsViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        ComboBox<Responsibility> responsibility = EnumCombo.of("conclusions-responsibility", Responsibility.values(), i18n);
        responsibility.valueProperty().bindBidirectional(vm.responsibilityProperty());
        ComboBox<Fact> breakdown = new ComboBox<>(vm.facts());
        breakdown.setId("conclusions-breakdown");
        breakdown.setMaxWidth(Double.MAX_VALUE);
        breakdown.setPromptText(i18n.get("conclusions.breakdown.prompt"));
        breakdown.setConverter(new StringConverter<>() {
            @Override
            public String toString(Fact f) {
                return f == null ? "" : (f.date() == null ? "" : f.date() + "  ") + f.what();
            }

            @Override
            public Fact fromString(String s) {
                return null;
            }
        });
        breakdown.valueProperty().bindBidirectional(vm.breakdownProperty());
        ComboBox<String> category = new ComboBox<>();
        category.getItems().setAll(io.turnaround.domain.Conclusions.CAUSE_CATEGORIES);
        category.setEditable(true);
        category.setId("conclusions-category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().bindBidirectional(vm.causeCategoryProperty());

        Label noneKept = new Label(i18n.get("conclusions.none-kept"));
        noneKept.setId("conclusions-none-kept");
        noneKept.getStyleClass().add("warning");
        noneKept.visibleProperty().bind(vm.noneKeptProperty());
        noneKept.managedProperty().bind(noneKept.visibleProperty());

        VBox customerFacing = Gap.M.vbox(
                Forms.row(forms.field("conclusions.breakdown", breakdown), forms.field("conclusions.responsibility", responsibility)),
                Forms.row(
                        forms.field("conclusions.staff", forms.textArea("conclusions-staff", vm.staffDeviationProperty(), 3),
                                Conclusions.class, "staffDeviation"),
                        forms.field("conclusions.customer", forms.textArea("conclusions-customer", vm.customerDeviationProperty(), 3),
                                Conclusions.class, "customerDeviation")),
                forms.field("conclusions.blame", forms.textArea("conclusions-blame", vm.acceptedBlameProperty(), 2),
                        Conclusions.class, "acceptedBlame"),
                forms.field("conclusions.told", forms.textArea("conclusions-told", vm.canBeToldProperty(), 2),
                        Conclusions.class, "canBeTold"));
        VBox internal = Gap.M.vbox(
                forms.field("conclusions.knows", forms.textArea("conclusions-knows", vm.customerKnowsProperty(), 2),
                        Conclusions.class, "customerKnows"),
                forms.field("conclusions.opinion", forms.textArea("conclusions-opinion", vm.internalOpinionProperty(), 2),
                        Conclusions.class, "internalOpinion"),
                forms.field("conclusions.category", category, Conclusions.class, "causeCategory"));
        getChildren().addAll(forms.hint("conclusions.guidance"), customerFacing,
                forms.sectionTitle("conclusions.scenarios.title"), noneKept, new ScenariosPane(vm, i18n, forms),
                forms.sectionTitle("conclusions.internal.title"), internal);
    }
}
