package io.turnaround.ui.prevention;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.domain.PreventionAction;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The selected action's state and flags, and its effectiveness checks once it is done. */
final class ActionDetailPane extends VBox {
    private final PreventionViewModel vm;
    private final I18n i18n;
    private final ReadOnlyIntegerProperty selected;
    private final javafx.scene.control.TableView.TableViewSelectionModel<PreventionAction> selection;
    private final ComboBox<ActionState> state;
    private final CheckBox document;
    private final CheckBox train;
    private final GridPane checks = new GridPane();
    private boolean showing;

    ActionDetailPane(PreventionViewModel vm, javafx.scene.control.TableView.TableViewSelectionModel<PreventionAction> selection,
                     I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        this.vm = vm;
        this.i18n = i18n;
        this.selection = selection;
        this.selected = selection.selectedIndexProperty();
        state = EnumCombo.of("prevention-state", ActionState.values(), i18n);
        document = new CheckBox(i18n.get("prevention.document"));
        document.setId("prevention-document");
        train = new CheckBox(i18n.get("prevention.train"));
        train.setId("prevention-train");
        state.valueProperty().addListener((o, a, b) -> save());
        document.setOnAction(e -> save());
        train.setOnAction(e -> save());
        checks.setHgap(10);
        checks.setVgap(6);
        getChildren().addAll(new io.turnaround.ui.common.WrapRow(Gap.L, forms.field("prevention.state", state), document, train),
                forms.sectionTitle("prevention.checks.title"), checks);
        selected.addListener((o, a, i) -> show());
        disableProperty().bind(selected.lessThan(0));
        show();
    }

    private void save() {
        int i = selected.get();
        if (!showing && i >= 0 && state.getValue() != null) {
            vm.update(i, state.getValue(), document.isSelected(), train.isSelected());
            // Replacing the action in the list clears the table's selection: keep editing the same one.
            selection.clearAndSelect(i);
            show();
        }
    }

    private void show() {
        showing = true;
        int i = selected.get();
        PreventionAction a = i >= 0 && i < vm.actions().size() ? vm.actions().get(i) : null;
        state.setValue(a == null ? null : a.state());
        document.setSelected(a != null && a.documentProcess());
        train.setSelected(a != null && a.trainFromDocument());
        checks.getChildren().clear();
        if (a == null || a.checks().isEmpty()) {
            Label none = new Label(i18n.get("prevention.checks.none"));
            none.setWrapText(true);
            checks.add(none, 0, 0);
        } else {
            for (int k = 0; k < a.checks().size(); k++) {
                addCheckRow(i, k, a.checks().get(k));
            }
        }
        showing = false;
    }

    private void addCheckRow(int actionIndex, int k, EffectivenessCheck check) {
        DatePicker date = new DatePicker(check.dueOn());
        date.setId("prevention-check-date-" + k);
        date.setAccessibleText(i18n.get("prevention.check.n", (k + 1) * 30));
        TextField result = new TextField(check.result());
        result.setId("prevention-check-result-" + k);
        result.setPromptText(i18n.get("prevention.check.result.prompt"));
        result.setAccessibleText(i18n.get("prevention.check.result"));
        ComboBox<String> passed = new ComboBox<>();
        passed.setId("prevention-check-passed-" + k);
        passed.setAccessibleText(i18n.get("prevention.check.outcome"));
        passed.getItems().setAll(i18n.get("prevention.check.open"), i18n.get("prevention.check.passed"),
                i18n.get("prevention.check.failed"));
        passed.getSelectionModel().select(check.passed() == null ? 0 : check.passed() ? 1 : 2);
        Runnable save = () -> {
            if (!showing) {
                int p = passed.getSelectionModel().getSelectedIndex();
                vm.updateCheck(actionIndex, k, date.getValue(), result.getText(), p <= 0 ? null : p == 1);
                showing = true;
                selection.clearAndSelect(actionIndex);
                showing = false;
            }
        };
        date.valueProperty().addListener((o, a, b) -> save.run());
        result.textProperty().addListener((o, a, b) -> save.run());
        passed.valueProperty().addListener((o, a, b) -> save.run());
        checks.addRow(k, new Label(i18n.get("prevention.check.n", (k + 1) * 30)), date, result, passed);
    }
}
