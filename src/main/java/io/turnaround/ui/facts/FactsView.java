package io.turnaround.ui.facts;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Attachment;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Side;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.Cells;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The timeline of facts with their evidence files, a form for the next fact, and the sampling calculator. */
public final class FactsView extends VBox {
    private final FactsViewModel vm;
    private final I18n i18n;

    public FactsView(FactsViewModel vm, I18n i18n, Forms forms, DialogService dialogs) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("step-body");
        TableView<Fact> table = timeline();
        Button claims = new Button(i18n.get("facts.claims"));
        claims.setId("facts-add-claims");
        claims.setTooltip(new Tooltip(i18n.get("facts.claims.tooltip")));
        claims.setOnAction(e -> vm.addClaimsFromCall());
        ListView<Attachment> attachments = attachments(table, dialogs);
        getChildren().addAll(forms.hint("facts.guidance"), table, Gap.M.hbox(claims, attachButton(table, dialogs)),
                forms.field("facts.attachments", attachments));
        getChildren().addAll(newFactForm(forms));
        getChildren().addAll(forms.sectionTitle("facts.sample.title"), new SamplingPane(vm, i18n, forms));
    }

    /** The facts in time order; Space marks the selected one verified, Delete removes it. */
    private TableView<Fact> timeline() {
        TableView<Fact> table = Tables.table("facts-table", vm.facts(), i18n.get("facts.table"), i18n.get("facts.empty"));
        table.setTooltip(new Tooltip(i18n.get("facts.table.tooltip")));
        table.getColumns().add(Tables.column(i18n.get("facts.col.when"), f -> (f.date() == null ? "\u2014" : f.date().toString())
                + (f.time() == null ? "" : " " + f.time()), 120));
        table.getColumns().add(Tables.column(i18n.get("facts.col.source"), f -> i18n.of(f.source()), 110));
        table.getColumns().add(Tables.column(i18n.get("facts.col.what"),
                f -> (f.kind() == FactKind.OPINION ? i18n.get("facts.opinion.prefix") : "") + f.what(), 300));
        table.getColumns().add(Tables.column(i18n.get("facts.col.evidence"), f -> f.evidence()
                + (f.attachments().isEmpty() ? "" : "  " + i18n.get("facts.files", f.attachments().size())), 200));
        table.getColumns().add(Tables.column(i18n.get("facts.col.verified"), f -> f.verified() ? "\u2713" : "", 70));
        table.setOnKeyPressed(e -> {
            Fact selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                vm.remove(selected);
            } else if (e.getCode() == KeyCode.SPACE) {
                e.consume();
                int i = table.getSelectionModel().getSelectedIndex();
                vm.toggleVerified(selected);
                table.getSelectionModel().clearAndSelect(i);
            }
        });
        return table;
    }

    /** Attaches a file to the selected fact: copied into the case, with its checksum. */
    private Button attachButton(TableView<Fact> table, DialogService dialogs) {
        Button attach = new Button(i18n.get("facts.attach"));
        attach.setId("facts-attach");
        attach.setTooltip(new Tooltip(i18n.get("facts.attach.tooltip")));
        attach.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        attach.setOnAction(e -> {
            Fact fact = table.getSelectionModel().getSelectedItem();
            int i = table.getSelectionModel().getSelectedIndex();
            dialogs.chooseFile(i18n.get("facts.attach")).ifPresent(file -> vm.attach(fact, file).whenComplete((ok, err) -> {
                if (err != null) {
                    dialogs.showError(i18n.get("error.title"), err.getCause() == null ? err.getMessage() : err.getCause().getMessage());
                } else {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }));
        });
        return attach;
    }

    /** The selected fact's files; Enter or a double click opens one. */
    private ListView<Attachment> attachments(TableView<Fact> table, DialogService dialogs) {
        ListView<Attachment> attachments = new ListView<>();
        attachments.setId("facts-attachments");
        attachments.setAccessibleText(i18n.get("facts.attachments"));
        io.turnaround.ui.common.TextSize.prefHeight(attachments, 5.4);
        attachments.setPlaceholder(new Label(i18n.get("facts.attachments.empty")));
        attachments.setCellFactory(Cells.text(a -> a.originalName() + "   (" + a.size() + " bytes, SHA-256 " + a.sha256().substring(0,
                        Math.min(12, a.sha256().length())) + "\u2026)"));
        Runnable open = () -> {
            Attachment a = attachments.getSelectionModel().getSelectedItem();
            if (a != null) {
                dialogs.openFile(vm.pathOf(a));
            }
        };
        attachments.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        attachments.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) ->
                attachments.getItems().setAll(f == null ? java.util.List.of() : f.attachments()));
        return attachments;
    }

    /** The form for a new fact: when, who says so, what, the evidence; Enter in the text fields adds it. */
    private java.util.List<javafx.scene.Node> newFactForm(Forms forms) {
        DatePicker date = new DatePicker();
        date.setId("facts-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField time = forms.textField("facts-time", vm.timeProperty());
        time.setPromptText("14:05");
        time.setPrefColumnCount(6);
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
        add.setOnAction(e -> {
            if (vm.add()) {
                what.requestFocus();
            }
        });
        what.setOnAction(add.getOnAction());
        evidence.setOnAction(add.getOnAction());
        Label error = new Label();
        error.getStyleClass().add("warning");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.formErrorProperty().get().isEmpty() ? ""
                : i18n.get(vm.formErrorProperty().get()), vm.formErrorProperty()));
        error.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return java.util.List.of(forms.sectionTitle("facts.new"),
                Forms.row(new io.turnaround.ui.common.WrapRow(Gap.M, forms.field("facts.date", date), forms.field("facts.time", time)),
                        forms.field("facts.source", source)),
                forms.field("facts.what", what, Fact.class, "what"),
                forms.field("facts.evidence", evidence, Fact.class, "evidence"), new io.turnaround.ui.common.WrapRow(Gap.L, verified, opinion, add), error);
    }
}
