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

    /** The first column of the first row a query gives, run as the server's superuser. */
    public String queryAsSuperuser(String sql) {
        try (Connection c = Server.PG.getDatabase("postgres", database()).getConnection(); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The port the test server listens on. */
    public int port() {
        return Integer.parseInt(host().substring(host().lastIndexOf(':') + 1));
    }

    /** The server and port of the PostgreSQL database ({@code localhost:5433}). */
    public String host() {
        return address.substring(address.indexOf('@') + 1, address.lastIndexOf('/'));
    }

    /** The name of the PostgreSQL database. */
    public String database() {
        return address.substring(address.lastIndexOf('/') + 1);
    }

    /**
     * A firm's roles, as docs/team.md sets them up: the library belongs to turnaround_owner, which migrates it; anna and
     * ben are managers (turnaround_managers), carla is a reader (turnaround_readers). Roles are the server's, shared by
     * every test database; created when missing.
     */
    public void withTeamRoles() {
        asSuperuser("DO $$ BEGIN "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'turnaround_managers') THEN CREATE ROLE turnaround_managers NOLOGIN; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anna') THEN CREATE ROLE anna LOGIN IN ROLE turnaround_managers; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ben') THEN CREATE ROLE ben LOGIN IN ROLE turnaround_managers; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'turnaround_owner') THEN CREATE ROLE turnaround_owner LOGIN; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'turnaround_readers') THEN CREATE ROLE turnaround_readers NOLOGIN; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'carla') THEN CREATE ROLE carla LOGIN IN ROLE turnaround_readers; END IF; "
                + "END $$");
        asSuperuser("ALTER DATABASE " + database() + " OWNER TO turnaround_owner");
        asSuperuser("ALTER SCHEMA public OWNER TO turnaround_owner");
        PostgresLibrary.migrate("postgresql://turnaround_owner@" + host() + "/" + database(), null).close();
    }

    /** The address a role connects to this database with. */
    public String addressAs(String role) {
        return "postgresql://" + role + "@" + host() + "/" + database();
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
