package io.turnaround.ui.facts;

import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Side;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

public final class FactsView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final FactsViewModel vm;

    public FactsView(FactsViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");

        TableView<Fact> table = Tables.table("facts-table", vm.facts(), i18n.get("facts.table"), i18n.get("facts.empty"));
        table.getColumns().add(Tables.column(i18n.get("facts.col.when"), f -> f.date() == null ? "—" : f.date().toString(), 100));
        table.getColumns().add(Tables.column(i18n.get("facts.col.source"), f -> i18n.of(f.source()), 110));
        table.getColumns().add(Tables.column(i18n.get("facts.col.what"),
                f -> (f.kind() == FactKind.OPINION ? i18n.get("facts.opinion.prefix") : "") + f.what(), 300));
        table.getColumns().add(Tables.column(i18n.get("facts.col.evidence"), Fact::evidence, 200));
        table.getColumns().add(Tables.column(i18n.get("facts.col.verified"), f -> f.verified() ? "✓" : "", 70));
        table.setOnKeyPressed(e -> {
            Fact selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                vm.remove(selected);
            }
        });

        DatePicker date = new DatePicker();
        date.setId("facts-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField what = forms.textField("facts-what", vm.whatProperty());
        ComboBox<Side> source = EnumCombo.of("facts-source", Side.values(), i18n);
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        TextField evidence = forms.textField("facts-evidence", vm.evidenceProperty());
        CheckBox verified = new CheckBox(i18n.get("facts.verified"));
        verified.setId("facts-verified");
        verified.selectedProperty().bindBidirectional(vm.verifiedProperty());
        CheckBox opinion = new CheckBox(i18n.get("facts.opinion"));
        opinion.setId("facts-opinion");
        opinion.selectedProperty().bindBidirectional(vm.opinionProperty());
        Button add = new Button(i18n.get("facts.add"));
        add.setId("facts-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            if (vm.add()) {
                what.requestFocus();
            }
        });
        what.setOnAction(add.getOnAction());
        evidence.setOnAction(add.getOnAction());

        HBox flags = new HBox(16, verified, opinion, add);
        getChildren().addAll(forms.hint("facts.guidance"), table, forms.sectionTitle("facts.new"),
                Forms.row(forms.field("facts.date", date), forms.field("facts.source", source)),
                forms.field("facts.what", what, Fact.class, "what"),
                forms.field("facts.evidence", evidence, Fact.class, "evidence"), flags);
    }
}
