package io.turnaround.ui.caselist;

import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Welcome to Turnaround": what the app does in three lines, the sample case one click away, dismissed for good. */
public final class WelcomePane extends VBox {
    public WelcomePane(WelcomeModel model, I18n i18n, Runnable newCase) {
        super();
        Gap.S.applyTo(this);
        setId("welcome");
        getStyleClass().add("welcome");
        Label title = new Label(i18n.get("welcome.title"));
        title.getStyleClass().add("section-title");
        Label text = new Label(i18n.get("welcome.text"));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, however short the window
        Button sample = new Button(i18n.get("welcome.sample"));
        sample.setId("welcome-open-sample");
        sample.getStyleClass().add("accent");
        sample.setOnAction(e -> model.openSample());
        sample.disableProperty().bind(model.hasSampleProperty().not());
        Button start = new Button(i18n.get("welcome.new"));
        start.setId("welcome-new-case");
        start.setOnAction(e -> newCase.run());
        Button dismiss = new Button(i18n.get("welcome.dismiss"));
        dismiss.setId("welcome-dismiss");
        dismiss.setOnAction(e -> model.dismiss());
        for (Button b : new Button[] {sample, start, dismiss}) {
            b.setAccessibleText(b.getText());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new io.turnaround.ui.common.WrapRow(Gap.S, sample, start, spacer, dismiss);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, text, buttons);
        visibleProperty().bind(model.visibleProperty());
        managedProperty().bind(visibleProperty());
    }
}
