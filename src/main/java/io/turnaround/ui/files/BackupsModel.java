package io.turnaround.ui.files;

import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File › Backups…: the daily copies of the case file with their dates and sizes, "Back up now", and "Restore…" after a
 * confirmation that says what will be replaced and that the current file is kept.
 */
public final class BackupsModel {
    private final LibraryFiles files;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObservableList<LibraryFiles.Backup> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");

    public BackupsModel(LibraryFiles files, BackgroundTasks tasks, DialogService dialogs, I18n i18n) {
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public CompletableFuture<?> load() {
        return tasks.run(files::backups, backups::setAll);
    }

    public ObservableList<LibraryFiles.Backup> backups() {
        return backups;
    }

    /** What the last command did, in words. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    public CompletableFuture<?> backUpNow() {
        return tasks.run(() -> {
            LibraryFiles.Backup made = files.backUpNow();
            return new Object[] {made, files.backups()};
        }, done -> {
            @SuppressWarnings("unchecked")
            java.util.List<LibraryFiles.Backup> all = (java.util.List<LibraryFiles.Backup>) done[1];
            backups.setAll(all);
            said.set(i18n.get("backups.made", describe((LibraryFiles.Backup) done[0])));
        }, failure -> said.set(i18n.get("backups.failed", failure.getMessage())));
    }

    /** Asks first; true when the restore was handed over (the window then reopens the library). */
    public boolean restore(LibraryFiles.Backup backup) {
        if (!dialogs.confirm(i18n.get("backups.restore.title"), i18n.get("backups.restore.question", day(backup)))) {
            return false;
        }
        files.restore(backup.file());
        return true;
    }

    /** "Thursday, 3 December 2026 — 1.2 MB". */
    public String describe(LibraryFiles.Backup b) {
        return i18n.get("backups.line", day(b), size(b.bytes()));
    }

    private String day(LibraryFiles.Backup b) {
        return b.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(i18n.locale()));
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
