package io.turnaround.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).show();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFile(String title) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        java.io.File file = chooser.showOpenDialog(owner);
        return file == null ? java.util.Optional.empty() : java.util.Optional.of(file.toPath());
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String proposedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(proposedName);
        java.io.File file = chooser.showSaveDialog(owner);
        return file == null ? java.util.Optional.empty() : java.util.Optional.of(file.toPath());
    }

    /** The desktop's own opener (xdg-open, open, start), started and awaited off the FX thread. */
    @Override
    public void openFile(java.nio.file.Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> command = os.contains("win") ? java.util.List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? java.util.List.of("open", file.toString()) : java.util.List.of("xdg-open", file.toString());
        // Not the store's worker: the desktop's opener can take seconds and touches no case data; a save must not wait for it.
        Thread opener = new Thread(() -> {
            boolean opened;
            try {
                // xdg-open reports "no handler" only through its exit code.
                opened = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor() == 0;
            } catch (java.io.IOException e) {
                opened = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                opened = true;
            }
            if (!opened) {
                javafx.application.Platform.runLater(() -> showWhere(file));
            }
        }, "turnaround-open-file");
        opener.setDaemon(true);
        opener.start();
    }

    private void showWhere(java.nio.file.Path file) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(file.toAbsolutePath().toString());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("open.none.text", file.toAbsolutePath()), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("open.none.title"));
        alert.setHeaderText(i18n.get("open.none.title"));
        alert.getDialogPane().setId("open-none");
        alert.show();
    }

    @Override
    public int choose(String title, String message, java.util.List<String> choices) {
        java.util.List<ButtonType> buttons = choices.stream().map(c -> new ButtonType(c)).toList();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, buttons.toArray(ButtonType[]::new));
        alert.getDialogPane().setId("choose-dialog");
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    /** An alert over the window, its title also its header. */
    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert;
    }

    @Override
    public java.util.Optional<String> editText(String title, String message, String initial) {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(initial);
        text.setId("edit-text-area");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setAccessibleText(title);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ButtonType.OK, ButtonType.CANCEL);
        alert.getDialogPane().setId("edit-text-dialog");
        javafx.scene.control.Label said = new javafx.scene.control.Label(message);
        said.setWrapText(true);
        said.setMaxWidth(520);
        text.setPrefWidth(520);
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, said, text));
        alert.setOnShown(e -> text.requestFocus());
        return alert.showAndWait().filter(ButtonType.OK::equals).map(ok -> text.getText());
    }

    @Override
    public boolean whenNotTyping(Runnable ask) {
        javafx.scene.Scene scene = owner.getScene();
        if (scene == null || !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl typing)) {
            ask.run();
            return false;
        }
        // Once the field is left — another control focused, or the window left — and not before.
        javafx.beans.value.ChangeListener<Boolean> left = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    typing.focusedProperty().removeListener(this);
                    // After the focus has moved: the question does not fight the click that moved it.
                    javafx.application.Platform.runLater(ask);
                }
            }
        };
        typing.focusedProperty().addListener(left);
        return true;
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message, ButtonType.OK, ButtonType.CANCEL).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
