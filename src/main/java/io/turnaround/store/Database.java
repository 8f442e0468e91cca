package io.turnaround.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The single SQLite file that holds every case. One connection, used by one thread at a time
 * (the app's store thread, or the command line's main thread); methods are synchronized so a
 * mistake there cannot corrupt a transaction.
 *
 * <p>Before anything is written, the file is probed read-only: a file from a newer version or
 * another program is refused and left byte-identical.
 */
public final class Database implements AutoCloseable {
    /** {@code PRAGMA application_id} of Turnaround files ("TRND"). */
    static final int APPLICATION_ID = 0x54524E44;
    public static final String FILE_NAME = "turnaround.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** SQLSTATE of a write refused because a newer Turnaround upgraded the team library (postgresql/V11). */
    static final String OLDER_CLIENT = "TRN01";

    /** Null after a team library's connection was lost, until the next use reconnects. */
    private Connection connection;
    /** Opens a new connection to a team library after one was lost; null for the SQLite file. */
    private final ConnectionSource reconnect;
    /** The SQLite file; null for a team library on PostgreSQL. */
    private final Path file;
    private final Engine engine;
    /** What the title bar and the status line call the library. */
    private final String name;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** How a lost connection to a team library is opened again. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private Database(Connection connection, Path file) {
        this(connection, file, Engine.SQLITE, file.toString(), null);
    }

    /** A library on an open connection: the SQLite file's, or one to PostgreSQL ({@link PostgresLibrary}). */
    Database(Connection connection, Path file, Engine engine, String name, ConnectionSource reconnect) {
        this.connection = connection;
        this.reconnect = reconnect;
        this.file = file;
        this.engine = engine;
        this.name = name;
        rememberBackend(connection);
    }

    public Engine engine() {
        return engine;
    }

    /**
     * Calls {@code changed} with the id of every case someone else changes (a team library; on a thread of its own)
     * until the returned handle is closed. The case file on one computer has one writer: nothing is ever announced.
     */
    public AutoCloseable listen(java.util.function.LongConsumer changed) {
        return listen(changed, () -> { });
    }

    /** As {@link #listen(java.util.function.LongConsumer)}; {@code connected} runs each time the listening connection is made. */
    public AutoCloseable listen(java.util.function.LongConsumer changed, Runnable connected) {
        if (engine != Engine.POSTGRESQL || reconnect == null) {
            return () -> { };
        }
        return new LiveUpdates(reconnect, () -> ownBackend, changed, connected);
    }

    /** This window's server process on a team library (its notifications are its own), or 0. */
    private volatile int ownBackend;

    private void rememberBackend(Connection c) {
        if (engine == Engine.POSTGRESQL && c != null) {
            try {
                ownBackend = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            } catch (SQLException e) {
                ownBackend = 0;
            }
        }
    }

    /** The file, or the team database's host and name (never its password). */
    public String name() {
        return name;
    }

    /** Opens (creating if needed) the case file in {@code dataDir}. */
    public static Database openIn(Path dataDir) {
        try {
            PrivateFiles.directory(dataDir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.notExists(file)) {
            try {
                // Created private before SQLite sees it: its -wal and -shm files inherit the mode.
                PrivateFiles.file(file);
            } catch (java.io.IOException e) {
                throw new StoreException("Cannot create the case file " + file + ": " + e.getMessage(), e);
            }
        }
        return open(file);
    }

    public static Database open(Path file) {
        if (Files.exists(file)) {
            probe(file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before we report "Saved", even across a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            Migrations.migrate(c);
            LOG.info("Opened case file, schema version {}", Migrations.LATEST);
            return new Database(c, file);
        } catch (SQLException e) {
            if (e instanceof SQLiteException s && (s.getResultCode().name().startsWith("SQLITE_READONLY")
                    || s.getResultCode().name().startsWith("SQLITE_CANTOPEN") || s.getResultCode().name().startsWith("SQLITE_PERM"))) {
                throw new StoreException("Turnaround cannot write to " + file.toAbsolutePath().getParent() + ": the folder or the "
                        + "case file is read-only, or belongs to another user. Choose another folder, or ask for write access to "
                        + "this one. Nothing was changed.", e);
            }
            throw new StoreException("Cannot open the case file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the case file for reading only (another Turnaround is writing to it): no migration,
     * no write; the file must already be of this version.
     */
    public static Database openReadOnly(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.notExists(file)) {
            throw new StoreException("There is no case file in " + dataDir + " yet.");
        }
        probe(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(5_000);
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            if (Migrations.userVersion(c) != Migrations.LATEST) {
                c.close();
                throw new StoreException("The case file is being upgraded by the Turnaround already open. Use that window.");
            }
            return new Database(c, file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the case file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks, read-only, that a file is an intact Turnaround case file this version can open. */
    public static void check(Path file) {
        if (Files.notExists(file)) {
            throw new StoreException("There is no file " + file + ".");
        }
        probe(file);
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "";
            if (!"ok".equals(result)) {
                throw new StoreException("The file " + file + " is damaged (" + result + ").");
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the header of an existing file without changing a byte of it. */
    private static void probe(Path file) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement s = c.createStatement()) {
            int version = Migrations.userVersion(c);
            int appId;
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            int tables;
            try (var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            boolean empty = version == 0 && tables == 0;
            if (!empty && appId != APPLICATION_ID) {
                throw new ForeignFileException("The file " + file + " is a database of another program, not a Turnaround "
                        + "case file. It was not changed.", null);
            }
            if (version > Migrations.LATEST) {
                throw new NewerDatabaseException(version, Migrations.LATEST);
            }
            // The pages the window reads first (the cases and their indexes) are checked before anything is
            // written, so a repair from a backup starts from the file as it was. The whole file is checked by
            // verify(), after opening: on 100,000 cases that takes seconds, which the window must not wait for.
            if (!empty) {
                quickCheck(s, "PRAGMA quick_check(cases)", damaged(file));
            }
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new DamagedFileException(damaged(file), e);
            }
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw new ForeignFileException("The file " + file + " is not a Turnaround case file (it is not a database "
                        + "or it is damaged). It was not changed.", e);
            }
            throw new StoreException("Cannot read the case file " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the case file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every page of the file (SQLite's quick_check) on a connection of its own, so that saving and reading
     * go on meanwhile: seconds on a library of 100,000 cases. Call it off the UI thread, after opening.
     *
     * @throws DamagedFileException when a page cannot be read
     */
    public void verify() {
        if (engine != Engine.SQLITE) {
            return; // PostgreSQL checks its own pages (and a managed service its backups)
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement s = c.createStatement()) {
            quickCheck(s, "PRAGMA quick_check(1)", damagedInUse(file));
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new DamagedFileException(damagedInUse(file), e);
            }
            throw new StoreException("Cannot read the case file " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the case file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a quick_check pragma; anything but "ok" throws {@link DamagedFileException} with {@code message}. */
    private static void quickCheck(Statement s, String pragma, String message) throws SQLException {
        try (var rs = s.executeQuery(pragma)) {
            String result = rs.next() ? rs.getString(1) : "";
            if (!"ok".equals(result)) {
                throw new DamagedFileException(message, null);
            }
        }
    }

    /** Found by {@link #verify()}, when the window may already have saved into the file. */
    private static String damagedInUse(Path file) {
        return "The case file " + file + " is damaged: parts of it cannot be read. Nothing more is written to it.";
    }

    private static String damaged(Path file) {
        return "The case file " + file + " is damaged: parts of it cannot be read. It was not changed. "
                + "A backup copy can replace it (the damaged file is kept beside it).";
    }

    /** Runs {@code work} in one write transaction (BEGIN IMMEDIATE): all of it is saved, or none. */
    public synchronized <T> T write(Work<T> work) {
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                // SQLite may have ended the transaction itself (it rolls back on SQLITE_FULL): the original error
                // is the one to report, whatever the rollback says.
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                backToAutoCommit(c);
            }
        } catch (SQLException e) {
            if (e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                    || s.getResultCode() == SQLiteErrorCode.SQLITE_IOERR)) {
                throw new StoreException("The disk is full or cannot be written to. Your changes are kept in memory "
                        + "and will be saved as soon as there is room; the case file is unharmed.", e);
            }
            throw lostOr(e, "Could not save: ");
        }
    }

    /**
     * The connection, opened again when a team library's was lost (the source checks the schema: one a newer Turnaround
     * upgraded meanwhile is refused here, before anything is read or written).
     */
    private Connection connection() throws SQLException {
        if (connection == null) {
            try {
                connection = reconnect.open();
            } catch (NewerDatabaseException e) {
                throw new ConnectionLostException(ConnectionLostException.Why.NEWER_SCHEMA, e.getMessage(), e);
            }
            rememberBackend(connection);
        }
        return connection;
    }

    /** Whether the library can be used now without opening a connection (false while a team library is offline). */
    public synchronized boolean connected() {
        return connection != null;
    }

    /**
     * What a team library's failure means for the edits being saved. A connection that broke (the network, the server
     * restarted) is dropped, to be opened again on the next use; a password refused on reopening, a role no longer
     * allowed to change cases and a schema upgraded by a newer Turnaround (postgresql/V11) are said so. All of these
     * may pass without a restart: the edits are kept ({@link ConnectionLostException}). Any other failure keeps its own
     * message.
     */
    private StoreException lostOr(SQLException e, String prefix) {
        ConnectionLostException.Why why = null;
        if (engine == Engine.POSTGRESQL) {
            for (Throwable t = e; t != null && why == null; t = t.getCause()) {
                String state = t instanceof SQLException q && q.getSQLState() != null ? q.getSQLState() : "";
                if (state.startsWith("08") || state.startsWith("57P")) {
                    why = ConnectionLostException.Why.UNREACHABLE;
                } else if (state.equals("28P01") || state.equals("28000")) {
                    why = ConnectionLostException.Why.PASSWORD;
                } else if (state.equals("42501")) {
                    why = ConnectionLostException.Why.ROLE;
                } else if (state.equals(OLDER_CLIENT)) {
                    why = ConnectionLostException.Why.NEWER_SCHEMA;
                }
            }
            try {
                if (why == null && (connection == null || connection.isClosed())) {
                    why = ConnectionLostException.Why.UNREACHABLE;
                }
            } catch (SQLException ignored) {
                why = ConnectionLostException.Why.UNREACHABLE;
            }
        }
        if (why == null) {
            return new StoreException(prefix + e.getMessage(), e);
        }
        if (why == ConnectionLostException.Why.UNREACHABLE || why == ConnectionLostException.Why.PASSWORD) {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // it is gone already
            }
            connection = null;
        }
        boolean reading = prefix.startsWith("Could not read");
        String message = switch (why) {
            case UNREACHABLE -> reading ? "The team library " + name + " cannot be reached now; this is read again as soon as it answers."
                    : "No connection to the team library " + name + ". What you typed is kept here and saved as soon as the "
                    + "connection is back.";
            case PASSWORD -> "The team library " + name + " refused the password (was it changed?). What you typed is kept here.";
            case ROLE -> "The team library " + name + " does not let your role do this (" + e.getMessage() + "). What you typed is kept "
                    + "here.";
            case NEWER_SCHEMA -> "The team library " + name + " was upgraded by a newer version of Turnaround. What you typed is kept "
                    + "here.";
        };
        return new ConnectionLostException(why, message, e);
    }

    /**
     * Leaves the connection in auto-commit mode even when SQLite has already closed the transaction, so the
     * next save (the retry after a full disk) starts cleanly.
     */
    private static void backToAutoCommit(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException noTransaction) {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN");
            }
            connection.setAutoCommit(true);
        }
    }

    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw lostOr(e, "Could not read the case file: ");
        }
    }

    /** The role the library is opened as: the PostgreSQL role of the manager, or empty for the SQLite file. */
    public String role() {
        if (engine == Engine.SQLITE) {
            return "";
        }
        return read(c -> Sql.query(c, "SELECT current_user AS who", r -> r.text("who")).get(0));
    }

    /**
     * Whether this role may change cases: false for a team library's read-only role (the board, an auditor), which sees
     * everything and changes nothing. The case file on one computer is writable (its read-only mode is the lock's).
     */
    public boolean mayChangeCases() {
        if (engine == Engine.SQLITE) {
            return true;
        }
        return read(c -> Sql.query(c, "SELECT CASE WHEN has_table_privilege('cases', 'UPDATE') AND has_table_privilege('cases', 'INSERT') THEN 1 ELSE 0 END AS may",
                r -> r.bool("may")).get(0));
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the case file failed", e);
        }
    }
}
