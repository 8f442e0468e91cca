package io.turnaround.app;

import io.turnaround.export.Letterhead;
import io.turnaround.store.PrivateFiles;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.settings.SettingsDialog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Settings › Letterhead logo: a PNG or JPEG copied into the data folder (checked first), or the default again. */
final class LogoFile implements SettingsDialog.LogoActions {
    private final Window owner;
    private final CompletableFuture<Path> dataDir;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final I18n i18n;

    LogoFile(Window owner, CompletableFuture<Path> dataDir, BackgroundTasks tasks, DialogService dialogs, I18n i18n) {
        this.owner = owner;
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    @Override
    public void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("settings.logo.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("settings.logo.images"), "*.png", "*.jpg", "*.jpeg"));
        var file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        Path source = file.toPath();
        tasks.run(() -> {
            if (javax.imageio.ImageIO.read(source.toFile()) == null) {
                throw new IOException(i18n.get("settings.logo.unreadable", source.getFileName()));
            }
            String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
            String target = name.endsWith(".png") ? Letterhead.PNG : Letterhead.JPEG;
            clear();
            Path copy = dataDir.join().resolve(target);
            PrivateFiles.writeAtomically(copy, Files.readAllBytes(source));
            return copy;
        }, copy -> { }, e -> dialogs.showError(i18n.get("settings.logo"), e.getMessage()));
    }

    @Override
    public void useDefault() {
        tasks.run(() -> {
            clear();
            return null;
        }, done -> { }, e -> dialogs.showError(i18n.get("settings.logo"), e.getMessage()));
    }

    private void clear() throws IOException {
        Files.deleteIfExists(dataDir.join().resolve(Letterhead.PNG));
        Files.deleteIfExists(dataDir.join().resolve(Letterhead.JPEG));
    }
}
