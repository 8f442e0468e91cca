package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a team library's window keeps on this computer, in a small SQLite file of the private data folder (0600), one
 * per team library:
 * <ul>
 * <li>the journal of what was typed while the library did not take it: one row per case — the version the edits started
 * from, and the newest of them. Written at once, with every save the library does not take, so a kill or a power cut
 * loses nothing; a row is forgotten only after the server confirmed the save;
 * <li>the cases read recently ({@value #RECENT} at most), so that a call can be started on one of them without a
 * connection.
 * </ul>
 */
public final class OfflineJournal implements AutoCloseable {
    /** How many recently read cases are kept readable offline. */
    public static final int RECENT = 50;

    /**
     * One case's edits made offline: the version they started from and the newest; {@code created} when the case itself
     * was opened offline (its base is then the case as first made).
     */
    public record Entry(CaseFile base, CaseFile newest, boolean created) {
    }

    private final Connection connection;
    private final Function<CaseFile, String> write;
    private final Function<String, CaseFile> read;

    /**
     * @param library the team library's name ({@link Database#name()}): each has its own file, as case ids are its own
     * @param write   a case as text (the case format's JSON)
     * @param read    the case back from that text
     */
    public OfflineJournal(Path dataDir, String library, Function<CaseFile, String> write, Function<String, CaseFile> read) {
        this.write = write;
        this.read = read;
        Path file = file(dataDir, library);
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
                    + "base TEXT NOT NULL, newest TEXT NOT NULL, created INTEGER NOT NULL DEFAULT 0)");
            // A journal from before cases could be opened offline: its entries are edits of stored cases.
            if (Sql.query(connection, "SELECT count(*) AS n FROM pragma_table_info('pending') WHERE name = 'created'", r -> r.integer("n")).get(0) == 0) {
                Sql.update(connection, "ALTER TABLE pending ADD COLUMN created INTEGER NOT NULL DEFAULT 0");
            }
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS spare_ids (id INTEGER PRIMARY KEY)");
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS held (case_id INTEGER PRIMARY KEY, base TEXT NOT NULL, newest TEXT NOT NULL)");
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS recent (case_id INTEGER PRIMARY KEY, seen INTEGER NOT NULL, "
                    + "body TEXT NOT NULL)");
            Sql.update(connection, "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                    + "pending INTEGER NOT NULL DEFAULT 0)");
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Cannot keep edits on this computer in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file that keeps a team library's edits and recent cases in {@code dataDir}. */
    public static Path file(Path dataDir, String library) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(library.getBytes(StandardCharsets.UTF_8));
            return dataDir.resolve("offline-" + HexFormat.of().formatHex(hash, 0, 8) + ".db");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
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

    /** Keeps a case opened offline, to be stored with its reserved id once the library answers. */
    public synchronized void keepCreated(CaseFile made) {
        try {
            Sql.update(connection, "INSERT INTO pending (case_id, seq, base, newest, created) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 "
                    + "FROM pending), ?, ?, 1)", made.id(), write.apply(made), write.apply(made));
        } catch (SQLException e) {
            throw new StoreException("Could not keep the new case on this computer: " + e.getMessage(), e);
        }
    }

    /** The cases with edits the server does not have yet, in the order they were first kept. */
    public synchronized List<Entry> pending() {
        try {
            return new ArrayList<>(Sql.query(connection, "SELECT base, newest, created FROM pending ORDER BY seq",
                    r -> new Entry(read.apply(r.text("base")), read.apply(r.text("newest")), r.bool("created"))));
        } catch (SQLException e) {
            throw new StoreException("Could not read the edits kept on this computer: " + e.getMessage(), e);
        }
    }

    /** This case's edits the server does not have yet, if any. */
    public synchronized Optional<Entry> pending(long caseId) {
        try {
            return Sql.query(connection, "SELECT base, newest, created FROM pending WHERE case_id = ?",
                    r -> new Entry(read.apply(r.text("base")), read.apply(r.text("newest")), r.bool("created")), caseId).stream().findFirst();
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

    /** Keeps a copy of a case read from the server, readable offline; the oldest beyond {@value #RECENT} are dropped. */
    public synchronized void remember(CaseFile c, long seenMillis) {
        try {
            Sql.update(connection, "INSERT INTO recent (case_id, seen, body) VALUES (?, ?, ?) "
                    + "ON CONFLICT (case_id) DO UPDATE SET seen = excluded.seen, body = excluded.body", c.id(), seenMillis, write.apply(c));
            Sql.update(connection, "DELETE FROM recent WHERE case_id NOT IN (SELECT case_id FROM recent ORDER BY seen DESC LIMIT " + RECENT + ")");
        } catch (SQLException e) {
            throw new StoreException("Could not keep a copy of the case on this computer: " + e.getMessage(), e);
        }
    }

    /** The copy of a case read recently, if one is kept. */
    public synchronized Optional<CaseFile> recent(long caseId) {
        try {
            return Sql.query(connection, "SELECT body FROM recent WHERE case_id = ?", r -> read.apply(r.text("body")), caseId)
                    .stream().findFirst();
        } catch (SQLException e) {
            throw new StoreException("Could not read the cases kept on this computer: " + e.getMessage(), e);
        }
    }

    /** Every case kept readable offline, the one read last first. */
    public synchronized List<CaseFile> recentCases() {
        try {
            return new ArrayList<>(Sql.query(connection, "SELECT body FROM recent ORDER BY seen DESC", r -> read.apply(r.text("body"))));
        } catch (SQLException e) {
            throw new StoreException("Could not read the cases kept on this computer: " + e.getMessage(), e);
        }
    }

    /** Drops the copy of a case (deleted from the library). */
    public synchronized void drop(long caseId) {
        try {
            Sql.update(connection, "DELETE FROM recent WHERE case_id = ?", caseId);
        } catch (SQLException e) {
            throw new StoreException("Could not clear a case kept on this computer: " + e.getMessage(), e);
        }
    }

    /** Holds what is typed while a decision about a colleague's change waits (see CaseStore#hold). */
    public synchronized void hold(CaseFile base, CaseFile newest) {
        try {
            Sql.update(connection, "INSERT INTO held (case_id, base, newest) VALUES (?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
                    + "newest = excluded.newest", newest.id(), write.apply(base), write.apply(newest));
        } catch (SQLException e) {
            throw new StoreException("Could not hold the edits on this computer: " + e.getMessage(), e);
        }
    }

    /** What was held and not released: the app stopped before the decision. */
    public synchronized List<Entry> held() {
        try {
            return new ArrayList<>(Sql.query(connection, "SELECT base, newest FROM held ORDER BY case_id",
                    r -> new Entry(read.apply(r.text("base")), read.apply(r.text("newest")), false)));
        } catch (SQLException e) {
            throw new StoreException("Could not read the edits held on this computer: " + e.getMessage(), e);
        }
    }

    public synchronized void release(long caseId) {
        try {
            Sql.update(connection, "DELETE FROM held WHERE case_id = ?", caseId);
        } catch (SQLException e) {
            throw new StoreException("Could not clear the edits held on this computer: " + e.getMessage(), e);
        }
    }

    /** Keeps ids the library reserved for cases opened offline. */
    public synchronized void addSpareIds(long[] ids) {
        try {
            for (long id : ids) {
                Sql.update(connection, "INSERT OR IGNORE INTO spare_ids (id) VALUES (?)", id);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not keep ids for new cases on this computer: " + e.getMessage(), e);
        }
    }

    /** How many reserved ids are left for cases opened offline. */
    public synchronized int spareIds() {
        try {
            return Sql.query(connection, "SELECT count(*) AS n FROM spare_ids", r -> r.integer("n")).get(0);
        } catch (SQLException e) {
            throw new StoreException("Could not read the ids kept on this computer: " + e.getMessage(), e);
        }
    }

    /** Takes a reserved id for a case opened offline; empty when none is left. */
    public synchronized Optional<Long> takeSpareId() {
        try {
            Optional<Long> id = Sql.query(connection, "SELECT min(id) AS id FROM spare_ids", r -> r.nullableLong("id")).stream()
                    .filter(java.util.Objects::nonNull).findFirst();
            if (id.isPresent()) {
                Sql.update(connection, "DELETE FROM spare_ids WHERE id = ?", id.get());
            }
            return id;
        } catch (SQLException e) {
            throw new StoreException("Could not take an id kept on this computer: " + e.getMessage(), e);
        }
    }

    /** A copy of one of the manager's settings; {@code pending} when the library has not got it yet. */
    public synchronized void keepSetting(String key, String value, boolean pending) {
        try {
            Sql.update(connection, "INSERT INTO settings (key, value, pending) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    + "value = excluded.value, pending = max(settings.pending, excluded.pending)", key, value, pending ? 1 : 0);
        } catch (SQLException e) {
            throw new StoreException("Could not keep a setting on this computer: " + e.getMessage(), e);
        }
    }

    /** The copies of the manager's settings, by key. */
    public synchronized java.util.Map<String, String> settings() {
        try {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            Sql.query(connection, "SELECT key, value FROM settings", r -> out.put(r.text("key"), r.text("value")));
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the settings kept on this computer: " + e.getMessage(), e);
        }
    }

    /** The settings changed offline that the library has not got yet, by key. */
    public synchronized java.util.Map<String, String> pendingSettings() {
        try {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            Sql.query(connection, "SELECT key, value FROM settings WHERE pending = 1 ORDER BY key", r -> out.put(r.text("key"), r.text("value")));
            return out;
        } catch (SQLException e) {
            throw new StoreException("Could not read the settings kept on this computer: " + e.getMessage(), e);
        }
    }

    /** The library has this setting as {@code value} (a later change offline stays pending). */
    public synchronized void settingSent(String key, String value) {
        try {
            Sql.update(connection, "UPDATE settings SET pending = 0 WHERE key = ? AND value = ?", key, value);
        } catch (SQLException e) {
            throw new StoreException("Could not clear a setting kept on this computer: " + e.getMessage(), e);
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
