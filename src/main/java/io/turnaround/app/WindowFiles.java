package io.turnaround.app;

import io.turnaround.store.Backups;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.ui.files.LibraryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The File menu's files of the window's library: its data folder and, for the case file on this computer, its backups. */
final class WindowFiles implements LibraryFiles {
    private final CompletableFuture<Database> db;
    private final CompletableFuture<Path> dataDir;
    private final Clock clock;
    /** A team library's database is backed up where it runs; a window that only reads restores nothing. */
    private final boolean noBackups;
    /** Set by the launcher: closes the window's library, restores, and opens it again. */
    private volatile Consumer<Path> restorer = backup -> {
        throw new IllegalStateException("restoring is done by the launcher");
    };

    WindowFiles(CompletableFuture<Database> db, CompletableFuture<Path> dataDir, Clock clock, boolean noBackups) {
        this.db = db;
        this.dataDir = dataDir;
        this.clock = clock;
        this.noBackups = noBackups;
    }

    void restoreWith(Consumer<Path> restorer) {
        this.restorer = restorer;
    }

    @Override
    public Path dataFolder() {
        return dataDir.join();
    }

    @Override
    public boolean hasBackups() {
        return !noBackups;
    }

    @Override
    public List<Backup> backups() {
        try {
            List<Backup> out = new ArrayList<>();
            for (Path p : new Backups(dataDir.join()).list()) {
                out.add(new Backup(p, Backups.dayOf(p).orElseThrow(), Files.size(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("The backups cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public Backup backUpNow() {
        Database library = db.join();
        if (library.engine() != Engine.SQLITE) {
            throw new IllegalStateException("a team library is backed up where its database runs");
        }
        Path made = new Backups(dataDir.join()).backupNow(library, LocalDate.now(clock));
        try {
            return new Backup(made, LocalDate.now(clock), Files.size(made));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void restore(Path backup) {
        restorer.accept(backup);
    }
}
