package io.turnaround.ui.produce;

import io.turnaround.domain.Commitment;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

public final class ProduceView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final ProduceViewModel vm;

    public ProduceView(ProduceViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");
        Label script = new Label(i18n.get("produce.script"));
        script.getStyleClass().add("script");
        script.setWrapText(true);

        TextArea what = forms.textArea("produce-what", vm.whatProperty(), 3);
        what.setPromptText(i18n.get("produce.what.prompt"));
        TextField owner = forms.textField("produce-owner", vm.ownerProperty());
        DatePicker date = new DatePicker();
        date.setId("produce-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField time = forms.textField("produce-time", vm.timeProperty());
        time.setPromptText("10:00");
        time.setPrefColumnCount(6);

        Label warning = new Label(i18n.get("produce.no-date"));
        warning.setId("produce-no-date");
        warning.getStyleClass().add("warning");
        warning.visibleProperty().bind(vm.missingDateProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        Label badTime = new Label(i18n.get("produce.bad-time"));
        badTime.getStyleClass().add("warning");
        badTime.visibleProperty().bind(vm.invalidTimeProperty());
        badTime.managedProperty().bind(badTime.visibleProperty());

        HBox when = new HBox(12, forms.field("produce.date", date), forms.field("produce.time", time));
        getChildren().addAll(forms.hint("produce.guidance"), script,
                forms.field("produce.what", what, Commitment.class, "what"),
                Forms.row(forms.field("produce.owner", owner, Commitment.class, "owner"), when),
                warning, badTime);
    }
}
