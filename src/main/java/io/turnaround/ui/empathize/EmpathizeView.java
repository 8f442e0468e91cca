package io.turnaround.ui.empathize;

import io.turnaround.domain.Empathize;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

public final class EmpathizeView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final EmpathizeViewModel vm;

    public EmpathizeView(EmpathizeViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");
        TextArea reflect = forms.textArea("empathize-reflect-back", vm.reflectBackProperty(), 6);
        reflect.setPromptText(i18n.get("empathize.reflect.prompt"));
        CheckBox said = new CheckBox(i18n.get("empathize.said"));
        said.setId("empathize-said");
        said.setAccessibleText(i18n.get("empathize.said"));
        said.selectedProperty().bindBidirectional(vm.saidProperty());
        Label when = new Label();
        when.setId("empathize-said-at");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale());
        when.textProperty().bind(Bindings.createStringBinding(() -> vm.saidAtProperty().get() == null ? ""
                : i18n.get("empathize.said.at", format.format(vm.saidAtProperty().get().atZone(ZoneId.systemDefault()))),
                vm.saidAtProperty()));
        when.getStyleClass().add("muted");
        getChildren().addAll(forms.hint("empathize.guidance"),
                forms.field("empathize.reflect.label", reflect, Empathize.class, "reflectBack"),
                new HBox(12, said, when));
    }
}
