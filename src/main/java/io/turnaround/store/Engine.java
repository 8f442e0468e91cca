package io.turnaround.store;

import java.sql.Connection;

/**
 * The two engines a library lives in: the SQLite file on this computer (the default) or a team's PostgreSQL database.
 * The schema is the same, column for column; what differs — migrations' bookkeeping, the search index, the guards'
 * language — is chosen by the engine of the connection.
 */
public enum Engine {
    SQLITE, POSTGRESQL;

    static Engine of(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? SQLITE : POSTGRESQL;
    }
}
