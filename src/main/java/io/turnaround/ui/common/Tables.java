package io.turnaround.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Read-only tables of the step screens, built alike. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableView<T> table(String id, ObservableList<T> items, String accessibleText, String placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setAccessibleText(accessibleText);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Cells.preview(value.apply(cell.getValue()))));
        // Never narrower than its header: a column may shorten its rows' long text, not its own name.
        javafx.scene.text.Text header = new javafx.scene.text.Text(title);
        double headerWidth = Math.ceil(header.getLayoutBounds().getWidth()) + 24;
        col.setMinWidth(headerWidth);
        col.setPrefWidth(Math.max(width, headerWidth));
        return col;
    }
}
