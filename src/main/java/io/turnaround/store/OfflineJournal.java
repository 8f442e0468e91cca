package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What was typed while the team library could not be reached, kept on this computer until the server has it: a small
 * SQLite file in the private data folder (0600), one row per case — the version the edits started from, and the newest
 * of them. Written at once, with every save that fails for want of a connection, so a kill or a power cut loses
 * nothing; emptied only after the server confirmed the save.
 */
public final class OfflineJournal implements AutoCloseable {
    public static final String FILE_NAME = "offline-journal.db";

    /** One case's edits made offline: the version they started from and the newest. */
    public record Entry(CaseFile base, CaseFile newest) {
    }

    private final Connection connection;
    private final Function<CaseFile, String> write;
    private final Function<String, CaseFile> read;

    /**
     * @param write a case as text (the case format's JSON)
     * @param read  the case back from that text
     */
    public OfflineJournal(Path dataDir, Function<CaseFile, String> write, Function<String, CaseFile> read) {
        this.write = write;
        this.read = read;
        Path file = dataDir.resolve(FILE_NAME);
        try {
            PrivateFiles.directory(dataDir);
            if (java.nio.file.Files.notExists(file)) {
                PrivateFiles.file(file);
            }
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.FULL);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS pending (case_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, "
                    + "base TEXT NOT NULL, newest TEXT NOT NULL)");
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Cannot keep edits on this computer in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Keeps {@code newest}; the version the offline edits of this case started from is kept from the first time. */
    public synchronized void keep(CaseFile base, CaseFile newest) {
        try {
            Sql.update(connection, "INSERT INTO pending (case_id, seq, base, newest) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM pending), ?, ?) "
                    + "ON CONFLICT (case_id) DO UPDATE SET newest = excluded.newest", newest.id(), write.apply(base), write.apply(newest));
        } catch (SQLException e) {
            throw new StoreException("Could not keep the edits on this computer: " + e.getMessage(), e);
        }
    }

    /** The cases with edits the server does not have yet, in the order they were first kept. */
    public synchronized List<Entry> pending() {
        try {
            return new ArrayList<>(Sql.query(connection, "SELECT base, newest FROM pending ORDER BY seq",
                    r -> new Entry(read.apply(r.text("base")), read.apply(r.text("newest")))));
        } catch (SQLException e) {
            throw new StoreException("Could not read the edits kept on this computer: " + e.getMessage(), e);
        }
    }

    /** The server has this case's edits. */
    public synchronized void forget(long caseId) {
        try {
            Sql.update(connection, "DELETE FROM pending WHERE case_id = ?", caseId);
        } catch (SQLException e) {
            throw new StoreException("Could not clear the edits kept on this computer: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a local file that is going away anyway
        }
    }
}
