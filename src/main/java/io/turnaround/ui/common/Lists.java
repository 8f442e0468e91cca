package io.turnaround.ui.common;

import java.util.function.IntSupplier;
import javafx.scene.control.ListView;

/** Keyboard behaviour every list of the step screens shares. */
public final class Lists {
    private Lists() {
    }

    /**
     * The row with the focus ring is the row the keys act on: in JavaFX a list reached by Tab or Shift+Tab shows a focus
     * ring on a row without selecting it, and keys that act on "the selected row" then act on another one (or none).
     * Here the selection follows the focus ring; a list reached with nothing selected selects {@code defaultRow} (the
     * row its keys act on when nothing is chosen: the latest note, the first claim), or nothing when it is empty.
     */
    public static void selectionFollowsFocus(ListView<?> list, IntSupplier defaultRow) {
        Runnable follow = () -> {
            if (!list.isFocused() || list.getItems().isEmpty()) {
                return;
            }
            int size = list.getItems().size();
            if (list.getSelectionModel().isEmpty()) {
                int row = Math.max(0, Math.min(size - 1, defaultRow.getAsInt()));
                list.getSelectionModel().clearAndSelect(row);
                list.getFocusModel().focus(row);
                return;
            }
            int focused = list.getFocusModel().getFocusedIndex();
            if (focused >= 0 && focused < size && list.getSelectionModel().getSelectedIndex() != focused) {
                list.getSelectionModel().clearAndSelect(focused);
            }
        };
        // After the key's own handling has moved both: changing the selection from inside a focus change undoes it.
        list.focusedProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(follow));
        list.getFocusModel().focusedIndexProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(follow));
        // An edit of the row (a tag, a correction) replaces it in the list, and JavaFX clears the selection: the row
        // with the ring stays the one the keys act on.
        list.getItems().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            int focused = list.getFocusModel().getFocusedIndex();
            if (list.isFocused() && list.getSelectionModel().isEmpty() && focused >= 0 && focused < list.getItems().size()) {
                list.getSelectionModel().clearAndSelect(focused);
            }
        });
    }
}
