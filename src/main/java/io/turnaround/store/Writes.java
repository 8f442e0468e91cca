package io.turnaround.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a case's statements go. {@link #now}: at once, as when one case is saved. {@link #batched}: gathered per
 * statement and sent as JDBC batches at {@link #flush} — many new cases at once (generated, imported, copied), where
 * sending each row on its own made PostgreSQL some 35 round trips per case. Statements run in the order each was
 * first seen, so a case row goes before its parts.
 */
class Writes {
    private final Connection connection;
    /** The library's summary language, read once per writer when a case has none of its own. */
    private String libraryLanguage;
    /** The firm's complaint rules, read once per writer when a regulated case is written. */
    private io.turnaround.domain.ComplaintRules rules;

    private Writes(Connection connection) {
        this.connection = connection;
    }

    /** Each statement sent when it is written. */
    static Writes now(Connection c) {
        return new Writes(c);
    }

    /** Statements gathered until {@link #flush}; the cases written are new, so there is nothing of theirs to delete. */
    static Writes batched(Connection c) {
        return new Batched(c);
    }

    Connection connection() {
        return connection;
    }

    /**
     * The language a case's words are stemmed in for search: its own summary language, else the library's (Settings),
     * else English, the app's own.
     */
    String stemmingLanguage(String caseLanguage) throws SQLException {
        if (caseLanguage != null && !caseLanguage.isBlank()) {
            return caseLanguage;
        }
        if (libraryLanguage == null) {
            libraryLanguage = Sql.query(connection, "SELECT value FROM settings WHERE key = ?", r -> r.text("value"),
                    io.turnaround.domain.SettingKey.SUMMARY_LANGUAGE.stored()).stream().filter(v -> !v.isBlank()).findFirst().orElse("en");
        }
        return libraryLanguage;
    }

    /**
     * When the deadline still to meet of a regulated complaint ends (epoch milliseconds), under the firm's rules (read
     * once per writer); null for a case under no rules or with every letter sent.
     */
    Long responseDue(io.turnaround.domain.CaseFile cf) throws SQLException {
        if (!cf.complaint().regulated()) {
            return null;
        }
        if (rules == null) {
            java.util.Map<String, String> stored = new java.util.HashMap<>();
            Sql.query(connection, "SELECT key, value FROM settings WHERE key LIKE 'complaint.%'", r -> stored.put(r.text("key"), r.text("value")));
            rules = io.turnaround.domain.ComplaintRules.from(k -> java.util.Optional.ofNullable(stored.get(k.stored())));
        }
        return io.turnaround.domain.ComplaintClock.nextRequired(cf, rules).map(d -> d.dueAt().toEpochMilli()).orElse(null);
    }

    /** Whether the cases written are new: no rows of theirs exist yet, so replacing a list needs no delete. */
    boolean newCases() {
        return false;
    }

    void update(String sql, Object... params) throws SQLException {
        Sql.update(connection, sql, params);
    }

    <T> void insertAll(String sql, List<T> rows, Sql.Binder<T> binder) throws SQLException {
        Sql.insertAll(connection, sql, rows, binder);
    }

    /** Sends what is gathered (nothing to do when statements go at once). */
    void flush() throws SQLException {
    }

    private static final class Batched extends Writes {
        /** Rows per batch: pgjdbc rewrites a batch of inserts into multi-row inserts of up to 128 rows each. */
        private static final int CHUNK = 2_000;
        private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();

        Batched(Connection c) {
            super(c);
        }

        @Override
        boolean newCases() {
            return true;
        }

        @Override
        void update(String sql, Object... params) {
            pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
        }

        @Override
        <T> void insertAll(String sql, List<T> rows, Sql.Binder<T> binder) {
            if (rows.isEmpty()) {
                return;
            }
            List<Object[]> gathered = pending.computeIfAbsent(sql, k -> new ArrayList<>());
            for (int i = 0; i < rows.size(); i++) {
                gathered.add(binder.values(rows.get(i), i));
            }
        }

        @Override
        void flush() throws SQLException {
            for (Map.Entry<String, List<Object[]>> statement : pending.entrySet()) {
                try (PreparedStatement ps = connection().prepareStatement(statement.getKey())) {
                    int inBatch = 0;
                    for (Object[] params : statement.getValue()) {
                        Sql.bind(ps, params);
                        ps.addBatch();
                        if (++inBatch == CHUNK) {
                            ps.executeBatch();
                            inBatch = 0;
                        }
                    }
                    if (inBatch > 0) {
                        ps.executeBatch();
                    }
                }
            }
            pending.clear();
        }
    }
}
