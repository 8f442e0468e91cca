package io.turnaround.ui.files;

import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File › Backups…: the list of daily copies, "Back up now", "Restore…", "Close". */
public final class BackupsDialog {
    private BackupsDialog() {
    }

    public static Stage show(Window owner, BackupsModel vm, I18n i18n) {
        Label intro = new Label(i18n.get("backups.intro"));
        intro.setWrapText(true);
        ListView<LibraryFiles.Backup> list = new ListView<>(vm.backups());
        list.setId("backups-list");
        list.setAccessibleText(i18n.get("backups.title"));
        list.setPlaceholder(new Label(i18n.get("backups.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryFiles.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : vm.describe(b));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label said = new Label();
        said.setId("backups-said");
        said.setWrapText(true);
        said.textProperty().bind(vm.saidProperty());

        Button now = new Button(i18n.get("backups.now"));
        now.setId("backups-now");
        Button restore = new Button(i18n.get("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button close = new Button(i18n.get("backups.close"));
        close.setId("backups-close");
        close.setCancelButton(true);
        for (Button b : new Button[] {now, restore, close}) {
            b.setAccessibleText(b.getText());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, now, spacer, restore, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = Gap.M.vbox(intro, list, said, buttons);
        root.getStyleClass().add("pad-l");
        root.setId("backups-dialog");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("backups.title"));
        Scene scene = new Scene(root, 560, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        now.setOnAction(e -> vm.backUpNow());
        restore.setOnAction(e -> {
            LibraryFiles.Backup chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && vm.restore(chosen)) {
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        vm.load().thenRun(() -> {
            if (!vm.backups().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        stage.show();
        list.requestFocus();
        return stage;
    }
}
