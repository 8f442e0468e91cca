package io.turnaround.ui.main;

import io.turnaround.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts: every menu command with its keys, read from the menus themselves, so the sheet cannot
 * drift from them; the keys are written as the platform writes them (⌘ on macOS).
 */
final class KeyboardSheet {
    /** One line of the sheet. */
    record Row(String menu, String command, String keys) {
    }

    private KeyboardSheet() {
    }

    static List<Row> rows(MenuBar bar) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), rows);
        }
        return rows;
    }

    private static void collect(String menu, List<MenuItem> items, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(menu + " › " + sub.getText().replace("_", ""), sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Row(menu, item.getText().replace("_", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(Window owner, MenuBar bar, I18n i18n) {
        TableView<Row> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(rows(bar)));
        table.setId("keyboard-sheet");
        table.setAccessibleText(i18n.get("help.keys.title"));
        table.getColumns().add(column(i18n.get("help.keys.keys"), Row::keys, 130));
        table.getColumns().add(column(i18n.get("help.keys.command"), Row::command, 300));
        table.getColumns().add(column(i18n.get("help.keys.menu"), Row::menu, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(i18n.get("help.keys.title"));
        Scene scene = new Scene(table, 620, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            table.setStyle(owner.getScene().getRoot().getStyle()); // the window's text size
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
