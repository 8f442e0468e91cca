package io.turnaround.ui.prevention;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.ActionSide;
import io.turnaround.domain.PreventionAction;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

public final class PreventionView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final PreventionViewModel vm;

    public PreventionView(PreventionViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");
        TableView<PreventionAction> table = Tables.table("prevention-table", vm.actions(), i18n.get("prevention.table"),
                i18n.get("prevention.empty"));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.what"), PreventionAction::what, 320));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.side"), a -> i18n.of(a.side()), 110));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.owner"), PreventionAction::owner, 150));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.due"), a -> a.dueOn() == null ? "—" : a.dueOn().toString(), 100));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.state"), a -> i18n.of(a.state()), 100));
        table.getColumns().add(Tables.column(i18n.get("prevention.col.process"), a -> (a.documentProcess() ? i18n.get("prevention.col.documented")
                : "") + (a.trainFromDocument() ? " " + i18n.get("prevention.col.trained") : ""), 130));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedIndex() >= 0) {
                vm.remove(table.getSelectionModel().getSelectedIndex());
            }
        });

        TextField what = forms.textField("prevention-what", vm.whatProperty());
        ComboBox<ActionSide> side = EnumCombo.of("prevention-side", ActionSide.values(), i18n);
        side.valueProperty().bindBidirectional(vm.sideProperty());
        TextField owner = forms.textField("prevention-owner", vm.ownerProperty());
        DatePicker due = new DatePicker();
        due.setId("prevention-due");
        due.valueProperty().bindBidirectional(vm.dueProperty());
        Button add = new Button(i18n.get("prevention.add"));
        add.setId("prevention-add");
        add.setOnAction(e -> {
            if (vm.add()) {
                what.requestFocus();
            }
        });
        what.setOnAction(add.getOnAction());
        ActionDetailPane detail = new ActionDetailPane(vm, table.getSelectionModel(), i18n, forms);
        TextField authority = forms.textField("prevention-authority", vm.customerAuthorityProperty());
        authority.setPromptText(i18n.get("prevention.authority.prompt"));
        getChildren().addAll(forms.hint("prevention.guidance"), table, detail, forms.sectionTitle("prevention.new"),
                forms.field("prevention.what", what, PreventionAction.class, "what"),
                Forms.row(forms.field("prevention.side", side), forms.field("prevention.owner", owner, PreventionAction.class, "owner"),
                        forms.field("prevention.due", due)),
                add, forms.field("prevention.authority", authority, io.turnaround.domain.Prevention.class, "customerAuthority"));
    }
}
