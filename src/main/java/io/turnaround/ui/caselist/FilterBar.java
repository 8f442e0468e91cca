package io.turnaround.ui.caselist;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CaseStatus;
import io.turnaround.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Status, customer, opened between, category, overdue only — and clear. */
final class FilterBar extends HBox {
    FilterBar(CaseListFilter filter, I18n i18n) {
        super();
        Gap.S.applyTo(this);
        setId("case-list-filters");
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<CaseStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(CaseStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseStatus s) {
                return s == null ? i18n.get("cases.filter.all") : i18n.of(s);
            }

            @Override
            public CaseStatus fromString(String text) {
                return null;
            }
        });
        status.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? i18n.get("cases.filter.all") : i18n.of(s));
            }
        });
        status.valueProperty().bindBidirectional(filter.statusProperty());
        TextField customer = field("case-filter-customer", i18n.get("cases.filter.customer"), 14);
        customer.textProperty().bindBidirectional(filter.customerProperty());
        DatePicker from = date("case-filter-from", i18n.get("cases.filter.from"));
        from.valueProperty().bindBidirectional(filter.fromProperty());
        DatePicker to = date("case-filter-to", i18n.get("cases.filter.to"));
        to.valueProperty().bindBidirectional(filter.toProperty());
        TextField category = field("case-filter-category", i18n.get("cases.filter.category"), 10);
        category.textProperty().bindBidirectional(filter.categoryProperty());
        CheckBox overdue = new CheckBox(i18n.get("cases.filter.overdue"));
        overdue.setId("case-filter-overdue");
        overdue.setAccessibleText(overdue.getText());
        overdue.selectedProperty().bindBidirectional(filter.overdueOnlyProperty());
        Button clear = new Button(i18n.get("cases.filter.clear"));
        clear.setId("case-filter-clear");
        clear.setAccessibleText(clear.getText());
        clear.setOnAction(e -> filter.clear());
        status.setId("case-filter-status");
        status.setAccessibleText(i18n.get("cases.filter.status"));
        javafx.scene.control.ComboBox<CaseListFilter.ResponseDue> response = new javafx.scene.control.ComboBox<>();
        response.setId("case-filter-response");
        response.getItems().addAll(null, CaseListFilter.ResponseDue.WITHIN_A_WEEK, CaseListFilter.ResponseDue.OVERDUE);
        response.setPromptText(i18n.get("cases.filter.response.any"));
        response.setAccessibleText(i18n.get("cases.filter.response"));
        response.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CaseListFilter.ResponseDue due) {
                return due == null ? i18n.get("cases.filter.response.any")
                        : i18n.get(due == CaseListFilter.ResponseDue.OVERDUE ? "cases.filter.response.overdue" : "cases.filter.response.week");
            }

            @Override
            public CaseListFilter.ResponseDue fromString(String s) {
                return null;
            }
        });
        response.valueProperty().bindBidirectional(filter.responseDueProperty());
        getChildren().addAll(new Label(i18n.get("cases.filter.label")), status, customer, from, new Label("–"), to, category, overdue, response,
                clear);
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static DatePicker date(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        io.turnaround.ui.common.TextSize.prefWidth(picker, 10);
        return picker;
    }
}
