package io.turnaround.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

/** List cells that show one line of text per item, wrapped to the list's width when asked. */
public final class Cells {
    private Cells() {
    }

    public static <T> Callback<ListView<T>, ListCell<T>> text(Function<T, String> text) {
        return text(text, false);
    }

    public static <T> Callback<ListView<T>, ListCell<T>> text(Function<T, String> text, boolean wrap) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                if (wrap) {
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        };
    }
}
