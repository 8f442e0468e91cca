package io.turnaround.ui.files;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The files of the open library that the File menu reaches: the data folder, and the daily backups of the case file on
 * this computer (a team library has none of ours: its database is backed up where it runs). Implemented where the app
 * is wired; the calls that touch the disk are made on the background worker.
 */
public interface LibraryFiles {
    /** One backup of the case file. */
    record Backup(Path file, LocalDate day, long bytes) {
    }

    /** The data folder: attachments, logs, backups, the case file on this computer. */
    Path dataFolder();

    /** Whether this library has backups of ours (false for a team library). */
    boolean hasBackups();

    /** The backups, newest first (on the worker). */
    List<Backup> backups();

    /** Backs the case file up now, replacing today's copy (on the worker). */
    Backup backUpNow();

    /**
     * Replaces the case file with {@code backup}, the current file kept beside it: the window lets go of the library
     * and opens it again (call on the UI thread, once everything typed is saved).
     */
    void restore(Path backup);
}
