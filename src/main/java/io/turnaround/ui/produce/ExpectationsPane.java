package io.turnaround.ui.produce;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Expectation;
import io.turnaround.domain.ExpectationState;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The ledger of expectations: a table, a line to add one, and the selected one's state, measure and escalation. */
final class ExpectationsPane extends VBox {
    private final ExpectationsModel model;
    private final TableView<Expectation> table;
    private final ComboBox<ExpectationState> state;
    private final TextField measure = new TextField();
    private final TextField escalatedTo = new TextField();
    private boolean showing;

    ExpectationsPane(ExpectationsModel model, I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        this.model = model;
        table = Tables.table("produce-expectations", model.items(), i18n.get("produce.expectations"),
                i18n.get("produce.expectations.empty"));
        io.turnaround.ui.common.TextSize.prefHeight(table, 11.5);
        table.getColumns().add(Tables.column(i18n.get("produce.expectations.col.text"), Expectation::text, 300));
        table.getColumns().add(Tables.column(i18n.get("produce.expectations.col.state"), e -> i18n.of(e.state()), 110));
        table.getColumns().add(Tables.column(i18n.get("produce.expectations.col.measure"), Expectation::measure, 180));
        table.getColumns().add(Tables.column(i18n.get("produce.expectations.col.escalated"), Expectation::escalatedTo, 150));
        // How it was negotiated, on the row: each state with the measure said in it and when.
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofLocalizedTime(
                java.time.format.FormatStyle.SHORT).withLocale(i18n.locale());
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Expectation e, boolean empty) {
                super.updateItem(e, empty);
                setTooltip(empty || e == null || e.history().size() < 2 ? null : new javafx.scene.control.Tooltip(
                        e.history().stream().map(h -> (h.at() == null ? "" : time.format(h.at().atZone(java.time.ZoneId.systemDefault())) + "  ")
                                + i18n.of(h.state()) + (h.measure().isBlank() ? "" : ": " + h.measure()))
                                .collect(java.util.stream.Collectors.joining("\n"))));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedIndex() >= 0) {
                model.remove(table.getSelectionModel().getSelectedIndex());
            }
        });

        TextField input = new TextField();
        input.setId("produce-expectation-input");
        input.setPromptText(i18n.get("produce.expectation.prompt"));
        input.textProperty().bindBidirectional(model.line().textProperty());
        input.setOnAction(e -> {
            if (model.line().enter()) {
                table.getSelectionModel().selectLast();
            }
        });

        state = EnumCombo.of("produce-expectation-state", ExpectationState.values(), i18n);
        measure.setId("produce-expectation-measure");
        measure.setPromptText(i18n.get("produce.expectation.measure.prompt"));
        escalatedTo.setId("produce-expectation-escalated");
        escalatedTo.setPromptText(i18n.get("produce.expectation.escalated.prompt"));
        escalatedTo.disableProperty().bind(state.valueProperty().isNotEqualTo(ExpectationState.ESCALATED));
        HBox detail = Forms.row(forms.field("produce.expectation.state", state), forms.field("produce.expectation.measure", measure,
                Expectation.class, "measure"), forms.field("produce.expectation.escalated", escalatedTo, Expectation.class, "escalatedTo"));
        detail.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        state.valueProperty().addListener((o, a, b) -> save());
        measure.textProperty().addListener((o, a, b) -> save());
        escalatedTo.textProperty().addListener((o, a, b) -> save());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> show(i.intValue()));

        getChildren().addAll(table, forms.field("produce.expectation.add", input, Expectation.class, "text"), detail);
    }

    private void save() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (!showing && i >= 0 && state.getValue() != null) {
            model.update(i, state.getValue(), measure.getText(), escalatedTo.getText());
            table.getSelectionModel().clearAndSelect(i);
        }
    }

    private void show(int index) {
        showing = true;
        Expectation e = index >= 0 && index < model.items().size() ? model.items().get(index) : null;
        state.setValue(e == null ? null : e.state());
        measure.setText(e == null ? "" : e.measure());
        escalatedTo.setText(e == null ? "" : e.escalatedTo());
        showing = false;
    }
}
