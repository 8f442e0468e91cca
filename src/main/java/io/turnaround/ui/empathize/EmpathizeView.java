package io.turnaround.ui.empathize;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Empathize;
import io.turnaround.domain.Note;
import io.turnaround.ui.common.Cells;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** Key points heard, drafts built from them, and the reflect-back the manager says. */
public final class EmpathizeView extends VBox {
    private final EmpathizeViewModel vm;

    public EmpathizeView(EmpathizeViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");

        ListView<Note> points = new ListView<>(vm.keyPoints());
        points.setId("empathize-key-points");
        points.setAccessibleText(i18n.get("empathize.points"));
        points.setPlaceholder(new Label(i18n.get("empathize.points.empty")));
        io.turnaround.ui.common.TextSize.prefHeight(points, 6.5);
        points.setFocusTraversable(false);
        points.setCellFactory(Cells.text(note -> "\u201c" + note.text() + "\u201d"));

        ListView<String> phrasings = new ListView<>(vm.phrasings());
        phrasings.setId("empathize-phrasings");
        phrasings.setAccessibleText(i18n.get("empathize.phrasings"));
        phrasings.setTooltip(new Tooltip(i18n.get("empathize.phrasings.tooltip")));
        phrasings.setPlaceholder(new Label(i18n.get("empathize.phrasings.empty")));
        io.turnaround.ui.common.TextSize.prefHeight(phrasings, 13.1);
        phrasings.setCellFactory(Cells.text(text -> text, true));
        phrasings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                vm.usePhrasing(phrasings.getSelectionModel().getSelectedIndex());
            }
        });
        phrasings.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.usePhrasing(phrasings.getSelectionModel().getSelectedIndex());
            }
        });
        Button use = new Button(i18n.get("empathize.use"));
        use.setId("empathize-use");
        use.setTooltip(new Tooltip(i18n.get("empathize.use.tooltip")));
        use.disableProperty().bind(phrasings.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> vm.usePhrasing(phrasings.getSelectionModel().getSelectedIndex()));

        TextArea reflect = forms.textArea("empathize-reflect-back", vm.reflectBackProperty(), 4);
        reflect.setPromptText(i18n.get("empathize.reflect.prompt"));
        CheckBox said = new CheckBox(i18n.get("empathize.said"));
        said.setId("empathize-said");
        said.setAccessibleText(i18n.get("empathize.said"));
        said.selectedProperty().bindBidirectional(vm.saidProperty());
        Label when = new Label();
        when.setId("empathize-said-at");
        // Stamped like the notes: the call clock, then the wall clock.
        io.turnaround.ui.common.CallStamp stamps = new io.turnaround.ui.common.CallStamp(i18n.locale(), ZoneId.systemDefault());
        when.textProperty().bind(Bindings.createStringBinding(() -> vm.saidAtProperty().get() == null ? ""
                : i18n.get("empathize.said.at", stamps.format(vm.saidAtCallOffset(), vm.saidAtProperty().get())),
                vm.saidAtProperty()));
        when.getStyleClass().add("muted");
        getChildren().addAll(forms.hint("empathize.guidance"),
                forms.field("empathize.points", points),
                forms.field("empathize.phrasings", phrasings), use,
                forms.field("empathize.reflect.label", reflect, Empathize.class, "reflectBack"),
                new io.turnaround.ui.common.WrapRow(Gap.M, said, when));
    }
}
