package io.turnaround.ui.customers;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CustomerHistory;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Each customer organisation across its cases: how often it escalates, how the cases ended, what they cost us,
 * and the internal conduct notes — the "cost to serve". Internal: nothing here reaches a customer document.
 */
public final class CustomersView extends VBox {
    public CustomersView(CustomersViewModel vm, I18n i18n, BiConsumer<String, List<Long>> showCases) {
        super();
        Gap.M.applyTo(this);
        setId("customers");
        getStyleClass().add("case-list");
        Label title = new Label(i18n.get("customers.title"));
        title.getStyleClass().add("page-title");
        Label internal = new Label(i18n.get("customers.internal"));
        internal.getStyleClass().add("internal-badge");
        HBox top = new io.turnaround.ui.common.WrapRow(Gap.M, title, internal);
        TableView<CustomerHistory> table = Tables.table("customers-table", vm.customers(), i18n.get("customers.title"),
                i18n.get("customers.empty"));
        table.getColumns().add(Tables.column(i18n.get("customers.col.customer"), h -> h.customer().isEmpty()
                ? i18n.get("customers.unnamed") : h.customer(), 260));
        table.getColumns().add(Tables.column(i18n.get("customers.col.cases"), h -> String.valueOf(h.caseIds().size()), 70));
        table.getColumns().add(Tables.column(i18n.get("customers.col.rate"), h -> String.format(i18n.locale(), "%.1f",
                h.escalationsPerYear()), 110));
        table.getColumns().add(Tables.column(i18n.get("customers.col.outcomes"), h -> outcomes(h.outcomes(), i18n), 300));
        table.getColumns().add(Tables.column(i18n.get("customers.col.cost"), h -> h.costToUs().entrySet().stream()
                .map(e -> e.getValue().toPlainString() + " " + e.getKey()).collect(Collectors.joining(", ")), 150));
        table.getColumns().add(Tables.column(i18n.get("customers.col.loops"), h -> String.valueOf(h.approvalLoops()), 90));
        TextArea notes = new TextArea();
        notes.setId("customers-notes");
        notes.setAccessibleText(i18n.get("customers.notes"));
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        Button open = new Button(i18n.get("customers.open"));
        open.setId("customers-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            CustomerHistory h = table.getSelectionModel().getSelectedItem();
            showCases.accept(h.customer(), h.caseIds());
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, h) -> notes.setText(h == null ? ""
                : h.conductNotes().isEmpty() ? i18n.get("customers.notes.none") : String.join("\n", h.conductNotes())));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.fire();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label notesLabel = new Label(i18n.get("customers.notes"));
        notesLabel.getStyleClass().add("field-label");
        getChildren().addAll(top, table, notesLabel, notes, open);
    }

    private static String outcomes(Map<CaseStatus, Integer> outcomes, I18n i18n) {
        return outcomes.entrySet().stream().map(e -> e.getValue() + " " + i18n.of(e.getKey()).toLowerCase(i18n.locale()))
                .collect(Collectors.joining(", "));
    }
}
