package io.turnaround.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Versioned schema migrations, one SQL resource per version, applied in order inside one
 * transaction each and recorded in {@code PRAGMA user_version}. A migration is never edited
 * once released: a change is a new file appended to {@link #FILES}.
 */
final class Migrations {
    /** Index i holds the script that takes the schema from version i to i + 1. */
    static final List<String> FILES = List.of("V1__case_model.sql", "V2__call_pause_and_settings.sql",
            "V3__approved_revisions_and_audit_log.sql", "V4__full_text_search.sql", "V5__cover_text_and_signer.sql",
            "V6__drafts.sql", "V7__expectation_history.sql", "V8__who.sql", "V9__list_order_and_search_parts.sql",
            "V10__live_updates.sql", "V11__older_versions_refused.sql", "V12__stemmed_search.sql",
            "V13__complaint_rules.sql");

    static final int LATEST = FILES.size();

    private Migrations() {
    }

    /** The schema's version: SQLite's {@code PRAGMA user_version}, or the one row of PostgreSQL's turnaround_schema. */
    static int userVersion(Connection c) throws SQLException {
        String query = "PRAGMA user_version";
        if (Engine.of(c) == Engine.POSTGRESQL) {
            boolean exists = Sql.query(c, "SELECT to_regclass('turnaround_schema') IS NOT NULL AS yes", r -> r.text("yes")).get(0).equals("t");
            if (!exists) {
                return 0;
            }
            query = "SELECT max(version) FROM turnaround_schema";
        }
        try (Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void setVersion(Statement s, Engine engine, int version) throws SQLException {
        if (engine == Engine.SQLITE) {
            s.execute("PRAGMA user_version = " + version);
        } else {
            s.execute("CREATE TABLE IF NOT EXISTS turnaround_schema (version INTEGER NOT NULL)");
            s.execute("DELETE FROM turnaround_schema");
            s.execute("INSERT INTO turnaround_schema (version) VALUES (" + version + ")");
        }
    }

    /**
     * Brings the schema to the latest version, all steps in one transaction: a failure or a crash leaves the file as it
     * was. The search index is filled once, at the end, by the code of this version (a step's own code could not read the
     * columns later steps add).
     */
    static void migrate(Connection c) throws SQLException {
        migrate(c, LATEST);
    }

    /** Up to {@code target} (tests make a library of an earlier version with it). */
    static void migrate(Connection c, int target) throws SQLException {
        Engine engine = Engine.of(c);
        int version = userVersion(c);
        if (version >= target) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = version; v < target; v++) {
                for (String statement : statements(read((engine == Engine.POSTGRESQL ? "postgresql/" : "") + FILES.get(v)))) {
                    s.execute(statement);
                }
                if (FILES.get(v).startsWith("V12__")) {
                    SearchIndex.addStems(c); // the stems of every case indexed before search had them
                }
                setVersion(s, engine, v + 1);
            }
            if (version < 4 && target == LATEST) {
                SearchIndex.rebuild(c); // the cases written before search existed
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Grants the managers' group role what it needs (PostgreSQL; a no-op when the role does not exist). */
    static void grantManagers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(read("postgresql/managers.sql"))) {
                s.execute(statement);
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements at semicolons outside quotes, comments, {@code BEGIN … END} blocks (SQLite's
     * trigger bodies contain semicolons of their own) and {@code $$ … $$} (PostgreSQL's function bodies).
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < script.length()) {
            char ch = script.charAt(i);
            if (ch == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            }
            if (ch == '$' && script.startsWith("$$", i)) { // a PostgreSQL function body, copied whole
                int end = script.indexOf("$$", i + 2);
                end = end < 0 ? script.length() : end + 2;
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                int end = script.indexOf(ch, i + 1);
                end = end < 0 ? script.length() - 1 : end;
                current.append(script, i, end + 1);
                i = end + 1;
                continue;
            }
            if (Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                int end = i;
                while (end < script.length() && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                    end++;
                }
                String word = script.substring(i, end).toUpperCase(Locale.ROOT);
                if (word.equals("BEGIN")) {
                    depth++;
                } else if (word.equals("END") && depth > 0) {
                    depth--;
                }
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (ch == ';' && depth == 0) {
                addIfNotBlank(out, current);
                current.setLength(0);
            } else {
                current.append(ch);
            }
            i++;
        }
        addIfNotBlank(out, current);
        return out;
    }

    private static void addIfNotBlank(List<String> out, StringBuilder sb) {
        String s = sb.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
