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

    /**
     * A cell whose date is missing or passed (styled in app.css). A pseudo-class, not a style class: a cell changes it
     * each time it is reused for another row, and a change of style class matches the cell against every style rule
     * again, where a pseudo-class only switches between the rules already matched.
     */
    public static final javafx.css.PseudoClass NO_DATE = javafx.css.PseudoClass.getPseudoClass("no-date");

    public static <T> TableView<T> table(String id, ObservableList<T> items, String accessibleText, String placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setAccessibleText(accessibleText);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        io.turnaround.ui.common.TextSize.prefHeight(table, 16.9);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The header labels are there, styled, by the first layout (not yet when the skin is set).
        table.widthProperty().addListener((o, was, width) -> followTextSize(table));
        return table;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        // A row of a paged list is null until its page has loaded: an empty cell, not an error.
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : Cells.preview(value.apply(cell.getValue()))));
        col.getProperties().put(WIDTH, width);
        fit(col, javafx.scene.text.Font.font(TextSize.NORMAL_PX));
        return col;
    }

    /** The column's width at the normal text size, scaled with the text. */
    private static final String WIDTH = "turnaround.width";

    /**
     * Never narrower than its header: a column may shorten its rows' long text, not its own name. Sized in the header's
     * font, so a larger text size widens it.
     */
    private static void fit(TableColumn<?, ?> col, javafx.scene.text.Font font) {
        javafx.scene.text.Text header = new javafx.scene.text.Text(col.getText());
        header.setFont(font);
        double scale = font.getSize() / TextSize.NORMAL_PX;
        double headerWidth = Math.ceil(header.getLayoutBounds().getWidth() + 24 * scale);
        double width = col.getProperties().get(WIDTH) instanceof Double w ? w * scale : col.getPrefWidth();
        col.setMinWidth(headerWidth);
        col.setPrefWidth(Math.max(width, headerWidth));
    }

    /** Each column follows its header's font (View › Text size): the skin's header labels get it from the style sheet. */
    private static void followTextSize(TableView<?> table) {
        for (javafx.scene.Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.lookup(".label") instanceof Label label
                    && h.getTableColumn() instanceof TableColumn<?, ?> col && col.getProperties().containsKey(WIDTH)
                    && label.getProperties().putIfAbsent(WIDTH, Boolean.TRUE) == null) {
                label.fontProperty().addListener((o, was, font) -> fit(col, font));
                fit(col, label.getFont());
            }
        }
    }
}
