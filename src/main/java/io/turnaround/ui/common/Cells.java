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
                setText(empty || item == null ? null : preview(text.apply(item)));
                if (wrap) {
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        };
    }

    /** The most a list or table cell shows of one text: laying out more would stall the window for seconds. */
    public static final int PREVIEW_CHARS = 1_000;

    /** The text as a cell shows it: whole, or its beginning with "…" when it is longer than a cell can usefully hold. */
    public static String preview(String text) {
        if (text == null || text.length() <= PREVIEW_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(PREVIEW_CHARS - 1)) ? PREVIEW_CHARS - 1 : PREVIEW_CHARS;
        return text.substring(0, end) + "…";
    }
}
