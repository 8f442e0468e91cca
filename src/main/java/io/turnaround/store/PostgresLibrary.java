package io.turnaround.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A team library: the same cases in a shared PostgreSQL database. The address is the URL libpq and psql take
 * ({@code postgresql://[user@]host[:port]/dbname[?sslmode=…]}, or {@code postgresql:///?service=NAME}); the password
 * comes from where PostgreSQL users keep it — {@code PGPASSWORD}, {@code ~/.pgpass} or {@code PGPASSFILE}, a service
 * in {@code pg_service.conf} (the driver reads the last three) — or from the window, which keeps it in memory only.
 */
public final class PostgresLibrary {
    private PostgresLibrary() {
    }

    /** Whether {@code address} names a PostgreSQL library rather than a folder. */
    public static boolean isAddress(String address) {
        return address != null && (address.startsWith("postgresql://") || address.startsWith("postgres://"));
    }

    /**
     * Connects, and creates or upgrades the schema when the role may (the owner, or {@code turnaround migrate}); a
     * database of another program or of a newer Turnaround is refused with nothing written.
     *
     * @param password null to take it from the environment, ~/.pgpass or the service file
     */
    public static Database connect(String address, char[] password) {
        Target target = target(address);
        Properties props = properties(target, password);
        try {
            Connection c = DriverManager.getConnection(target.jdbcUrl(), props);
            try {
                check(c, target.display());
                if (Migrations.userVersion(c) < Migrations.LATEST) {
                    Migrations.migrate(c);
                    Migrations.grantManagers(c);
                }
                return new Database(c, null, Engine.POSTGRESQL, target.display(), reopen(target, props));
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(ConnectionProblem.explain(e, target.display()), e);
        }
    }

    /**
     * "Test connection": connects, says in plain words what is there (or why it failed), writes nothing, and closes.
     *
     * @throws StoreException with the reason when the library cannot be used
     */
    public static String test(String address, char[] password) {
        Target target = target(address);
        Properties props = properties(target, password);
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), props)) {
            check(c, target.display());
            int version = Migrations.userVersion(c);
            if (version == 0) {
                return "Connected to " + target.display() + ": an empty database. Connecting creates Turnaround's tables (the "
                        + "owner's role may; otherwise its owner runs \"turnaround migrate\").";
            }
            int cases = Sql.query(c, "SELECT count(*) AS n FROM cases", r -> r.integer("n")).get(0);
            return "Connected to " + target.display() + " as " + Sql.query(c, "SELECT current_user AS who", r -> r.text("who")).get(0)
                    + ": " + cases + (cases == 1 ? " case" : " cases") + (version < Migrations.LATEST
                    ? "; its tables are of an older Turnaround and are brought up to date when its owner connects or runs "
                    + "\"turnaround migrate\"." : ".");
        } catch (SQLException e) {
            throw new StoreException(ConnectionProblem.explain(e, target.display()), e);
        }
    }

    /**
     * Opens a team library to work offline when its server cannot be reached now: what was kept on this computer (the
     * journal, the cases read recently) is shown, and the connection is made on the first use once the server answers —
     * checked then as {@link #connect} checks it. Any other failure (password, no such database, another program's, a
     * newer schema) is thrown as {@link #connect} throws it.
     */
    public static Database connectOrOffline(String address, char[] password) {
        try {
            return connect(address, password);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException q) || q.getSQLState() == null || !q.getSQLState().startsWith("08")) {
                throw e;
            }
            Target target = target(address);
            return new Database(null, null, Engine.POSTGRESQL, target.display(), reopen(target, properties(target, password)));
        }
    }

    /** What a library at {@code address} is called ({@link Database#name()}), without connecting. */
    public static String name(String address) {
        return target(address).display();
    }

    /** How a lost connection is opened again: checked like the first, so a schema upgraded meanwhile is not written to. */
    private static Database.ConnectionSource reopen(Target target, Properties props) {
        return () -> {
            Connection c = DriverManager.getConnection(target.jdbcUrl(), props);
            try {
                check(c, target.display());
                return c;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        };
    }

    private static Properties properties(Target target, char[] password) {
        Properties props = new Properties();
        props.putAll(target.properties());
        String pw = password != null && password.length > 0 ? new String(password) : System.getenv("PGPASSWORD");
        if (pw != null && !props.containsKey("password")) {
            props.setProperty("password", pw);
        }
        props.setProperty("ApplicationName", "Turnaround");
        // The schema this version writes: a library a newer version has upgraded refuses its writes (postgresql/V11).
        String options = props.getProperty("options", "");
        props.setProperty("options", (options.isBlank() ? "" : options + " ") + "-c turnaround.schema=" + Migrations.LATEST);
        props.setProperty("connectTimeout", "10");
        // A case's list of notes (or facts…) is one batch: sent as one multi-row INSERT, one round trip.
        props.setProperty("reWriteBatchedInserts", "true");
        return props;
    }

    /** {@code turnaround migrate}: the schema brought up to date, and the managers' group role given what it needs. */
    public static Database migrate(String address, char[] password) {
        Database db = connect(address, password);
        try {
            db.write(c -> {
                Migrations.grantManagers(c);
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Refuses a database that holds tables but not Turnaround's, and one whose schema is newer than this version. */
    private static void check(Connection c, String display) throws SQLException {
        int version = Migrations.userVersion(c);
        if (version == 0) {
            int tables = Sql.query(c, "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()",
                    r -> r.integer("n")).get(0);
            if (tables > 0) {
                throw new ForeignFileException("The database " + display + " belongs to another program: it holds tables but "
                        + "not Turnaround's. Nothing was written to it.", null);
            }
        }
        if (version > Migrations.LATEST) {
            throw new NewerDatabaseException(version, Migrations.LATEST);
        }
    }

    /** A libpq URL as the JDBC driver takes it, with what may be shown of it (no password). */
    record Target(String jdbcUrl, Properties properties, String display) {
    }

    static Target target(String address) {
        if (!isAddress(address)) {
            throw new StoreException("\"" + address + "\" is not a PostgreSQL address: it starts with postgresql://");
        }
        URI uri;
        try {
            uri = new URI(address.replaceFirst("^postgres(ql)?://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw new StoreException("\"" + redact(address) + "\" is not a valid address: " + e.getReason(), e);
        }
        Properties props = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String db = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + host + port + "/" + db + query;
        String who = props.getProperty("user", "");
        String display = (who.isEmpty() ? "" : who + "@") + (host.isEmpty() ? "localhost" : host) + port + "/" + decode(db)
                + (query.contains("service=") ? query : "");
        return new Target(jdbc, props, display);
    }

    /** The address with any password in it replaced, for messages. */
    static String redact(String address) {
        return address.replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
