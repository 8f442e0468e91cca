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
            "V6__drafts.sql", "V7__expectation_history.sql");

    static final int LATEST = FILES.size();

    private Migrations() {
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void migrate(Connection c) throws SQLException {
        int version = userVersion(c);
        for (int v = version; v < LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(read(FILES.get(v)))) {
                    s.execute(statement);
                }
                if (FILES.get(v).startsWith("V4__")) {
                    SearchIndex.rebuild(c); // the cases written before search existed, in the same transaction
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
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
     * Splits a script into statements at semicolons outside quotes, comments and
     * {@code BEGIN … END} blocks (trigger bodies contain semicolons of their own).
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
