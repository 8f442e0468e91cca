package io.turnaround.ui.recovery;

import io.turnaround.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;

/**
 * When the case file cannot be opened: what is wrong, in plain words, and what can be done — open a backup
 * copy, choose another folder, or quit. Nothing is changed until the user has chosen.
 */
public final class RecoveryDialog {
    /** What the user chose. */
    public sealed interface Choice permits RestoreBackup, OtherFolder, Quit {
    }

    /** Replace the case file with this backup (the replaced file is kept beside it). */
    public record RestoreBackup(Path backup) implements Choice {
    }

    public record OtherFolder(Path folder) implements Choice {
    }

    public record Quit() implements Choice {
    }

    private RecoveryDialog() {
    }

    /** @param backups the backup copies, newest first (may be empty) */
    public static Choice ask(String problem, Path dataDir, List<Path> backups, I18n i18n) {
        ButtonType backup = new ButtonType(i18n.get("recovery.backup"), ButtonBar.ButtonData.OTHER);
        ButtonType folder = new ButtonType(i18n.get("recovery.folder"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(i18n.get("recovery.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        while (true) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            javafx.scene.control.Label text = new javafx.scene.control.Label(problem + "\n\n"
                    + i18n.get(backups.isEmpty() ? "recovery.options.none" : "recovery.options", dataDir));
            text.setWrapText(true);
            text.setPrefWidth(560);
            text.setId("recovery-text");
            alert.getDialogPane().setContent(text);
            alert.setTitle(i18n.get("app.title"));
            alert.setHeaderText(i18n.get("recovery.header"));
            alert.getDialogPane().setId("recovery");
            alert.getButtonTypes().setAll(backups.isEmpty() ? List.of(folder, quit) : List.of(backup, folder, quit));
            ButtonType answer = alert.showAndWait().orElse(quit);
            if (answer == backup) {
                Optional<Path> chosen = chooseBackup(backups, i18n);
                if (chosen.isPresent()) {
                    return new RestoreBackup(chosen.get());
                }
            } else if (answer == folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(i18n.get("recovery.folder"));
                var dir = chooser.showDialog(null);
                if (dir != null) {
                    return new OtherFolder(dir.toPath());
                }
            } else {
                return new Quit();
            }
        }
    }

    private static Optional<Path> chooseBackup(List<Path> backups, I18n i18n) {
        List<String> names = backups.stream().map(p -> p.getFileName().toString()).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.setTitle(i18n.get("recovery.backup"));
        dialog.setHeaderText(i18n.get("recovery.backup.header"));
        dialog.setContentText(i18n.get("recovery.backup.label"));
        return dialog.showAndWait().map(name -> backups.get(names.indexOf(name)));
    }

}
