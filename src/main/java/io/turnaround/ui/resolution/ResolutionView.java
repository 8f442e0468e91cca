package io.turnaround.ui.resolution;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Resolution;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.YesNo;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The remedy beside the request, the fairness principle with its one-sentence reason, costs, and the stance. */
public final class ResolutionView extends VBox {
    private final ResolutionViewModel vm;

    public ResolutionView(ResolutionViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        TextArea requested = new TextArea();
        requested.setId("resolution-requested");
        requested.setEditable(false);
        requested.setWrapText(true);
        requested.setPrefRowCount(3);
        requested.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> io.turnaround.ui.common.Cells.preview(vm.requestedRemedyProperty().get()), vm.requestedRemedyProperty()));
        requested.getStyleClass().add("read-only");
        requested.setFocusTraversable(false);
        TextArea remedy = forms.textArea("resolution-remedy", vm.remedyProperty(), 3);

        Label stance = new Label();
        stance.setId("resolution-stance");
        stance.getStyleClass().add("script");
        stance.setWrapText(true);
        stance.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("stance.advice."
                + vm.stanceProperty().get().name().toLowerCase(Locale.ROOT)), vm.stanceProperty()));

        getChildren().addAll(forms.hint("resolution.guidance"),
                Forms.row(forms.field("resolution.requested", requested, Resolution.class, "requestedRemedy"),
                        forms.field("resolution.remedy", remedy, Resolution.class, "remedy")),
                forms.sectionTitle("resolution.fairness.title"));
        getChildren().addAll(fairness(i18n, forms));
        getChildren().addAll(costs(i18n, forms));
        getChildren().addAll(
                Forms.row(forms.field("resolution.invoice-line", forms.textField("resolution-invoice-line", vm.invoiceLineProperty()),
                        Resolution.class, "invoiceLine"),
                        forms.field("resolution.terms", forms.textField("resolution-terms", vm.termsReferencesProperty()),
                                Resolution.class, "termsReferences")),
                forms.sectionTitle("resolution.stance.title"),
                Gap.S.vbox(new Label(i18n.get("resolution.q.quick")), YesNo.of("resolution-q-quick", vm.factsQuickProperty(), i18n)),
                Gap.S.vbox(new Label(i18n.get("resolution.q.dearer")), YesNo.of("resolution-q-dearer", vm.findingDearerProperty(), i18n)),
                Gap.S.vbox(new Label(i18n.get("resolution.q.hurt")), YesNo.of("resolution-q-hurt", vm.couldHurtProperty(), i18n)),
                stance);
    }

    /** The verbal-agreement question, the suggested principle and the one chosen, with the sentence the customer reads. */
    private java.util.List<javafx.scene.Node> fairness(I18n i18n, Forms forms) {
        CheckBox verbal = new CheckBox(i18n.get("resolution.verbal"));
        verbal.setId("resolution-verbal");
        verbal.setAccessibleText(i18n.get("resolution.verbal"));
        verbal.selectedProperty().bindBidirectional(vm.verbalAgreementProperty());
        ComboBox<FairnessPrinciple> principle = EnumCombo.of("resolution-principle", FairnessPrinciple.values(), i18n);
        principle.valueProperty().bindBidirectional(vm.principleProperty());
        Label suggestion = new Label();
        suggestion.setId("resolution-suggested");
        suggestion.getStyleClass().add("muted");
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> vm.suggestedProperty().get() == FairnessPrinciple.NONE
                ? i18n.get("resolution.suggested.none") : i18n.get("resolution.suggested", i18n.of(vm.suggestedProperty().get())),
                vm.suggestedProperty()));
        Button use = new Button(i18n.get("resolution.suggested.use"));
        use.setId("resolution-use-suggestion");
        use.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.suggestedProperty().get() == FairnessPrinciple.NONE
                || vm.suggestedProperty().get() == vm.principleProperty().get(), vm.suggestedProperty(), vm.principleProperty()));
        use.setOnAction(e -> vm.useSuggestion());
        Label sentence = new Label();
        sentence.setId("resolution-principle-sentence");
        sentence.getStyleClass().add("script");
        sentence.setWrapText(true);
        sentence.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("principle.sentence."
                + vm.principleProperty().get().name().toLowerCase(Locale.ROOT)), vm.principleProperty()));

        return java.util.List.of(verbal, new io.turnaround.ui.common.WrapRow(Gap.M, suggestion, use), forms.field("resolution.principle", principle), sentence);
    }

    /** What the remedy costs us and the customer, in which currency; an amount that cannot be read is said so. */
    private java.util.List<javafx.scene.Node> costs(I18n i18n, Forms forms) {
        TextField ours = forms.textField("resolution-our-cost", vm.ourCostProperty());
        TextField theirs = forms.textField("resolution-customer-cost", vm.customerCostProperty());
        TextField currency = forms.textField("resolution-currency", vm.currencyProperty());
        currency.setPrefColumnCount(4);
        Label costError = new Label();
        costError.setId("resolution-cost-error");
        costError.getStyleClass().add("warning");
        costError.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.costErrorProperty().get().isEmpty() ? "" : i18n.get(vm.costErrorProperty().get()), vm.costErrorProperty()));
        costError.visibleProperty().bind(vm.costErrorProperty().isNotEmpty());
        costError.managedProperty().bind(costError.visibleProperty());

        return java.util.List.of(Forms.row(forms.field("resolution.our-cost", ours), forms.field("resolution.customer-cost", theirs),
                forms.field("resolution.currency", currency)), costError);
    }
}
