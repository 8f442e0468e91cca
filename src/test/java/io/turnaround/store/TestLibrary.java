package io.turnaround.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty library of either engine for one test: the SQLite file in a folder of its own, or a database of its
 * own on a real PostgreSQL server started once for the whole test run (its binaries come from Maven Central).
 * {@link #open()} opens it again each time it is called, as a restart would.
 */
public final class TestLibrary {
    private final Engine engine;
    private final Path dir;
    private final String address;

    private TestLibrary(Engine engine, Path dir, String address) {
        this.engine = engine;
        this.dir = dir;
        this.address = address;
    }

    /** A new empty library: in {@code dir} for SQLite, a new database on the test server for PostgreSQL. */
    public static TestLibrary create(Engine engine, Path dir) {
        return new TestLibrary(engine, dir, engine == Engine.POSTGRESQL ? Server.newDatabase() : null);
    }

    public Database open() {
        return engine == Engine.SQLITE ? Database.openIn(dir) : PostgresLibrary.connect(address, null);
    }

    public Engine engine() {
        return engine;
    }

    /** The libpq address of the PostgreSQL database (null for SQLite). */
    public String address() {
        return address;
    }

    /** Runs SQL as the server's superuser in this library's database (to play a tamperer with psql). */
    public void asSuperuser(String sql) {
        try (Connection c = Server.PG.getDatabase("postgres", address.substring(address.lastIndexOf('/') + 1)).getConnection();
             var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one PostgreSQL server of the test run, started on first use and stopped when the JVM exits. */
    private static final class Server {
        static final EmbeddedPostgres PG = start();
        static final AtomicInteger DATABASES = new AtomicInteger();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is going; the server's folder is temporary
                    }
                }, "test-postgres-stop"));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test PostgreSQL server", e);
            }
        }

        static String newDatabase() {
            String name = "library_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = PG.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return "postgresql://postgres@localhost:" + PG.getPort() + "/" + name;
        }
    }
}
