package io.turnaround.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFile(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        java.io.File file = chooser.showOpenDialog(owner);
        return file == null ? java.util.Optional.empty() : java.util.Optional.of(file.toPath());
    }

    /** The desktop's own opener (xdg-open, open, start), started off the FX thread. */
    @Override
    public void openFile(java.nio.file.Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> command = os.contains("win") ? java.util.List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? java.util.List.of("open", file.toString()) : java.util.List.of("xdg-open", file.toString());
        Thread opener = new Thread(() -> {
            try {
                new ProcessBuilder(command).inheritIO().start();
            } catch (java.io.IOException e) {
                javafx.application.Platform.runLater(() -> showError("Cannot open the file",
                        "No application is set up to open it. The file is here:\n" + file));
            }
        }, "turnaround-open-file");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
