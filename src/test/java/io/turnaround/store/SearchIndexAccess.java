package io.turnaround.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Test access to the index rebuild that the V4 migration runs. */
final class SearchIndexAccess {
    private SearchIndexAccess() {
    }

    static Void clearAndRebuild(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM case_search");
        SearchIndex.rebuild(c);
        return null;
    }

    /**
     * Turns the library's search index back into schema 11's (the words as written, no stems) and says the schema is 11,
     * as a library last opened by the previous version would be.
     */
    static void asSchema11(Connection c) throws SQLException {
        // Schema 13's complaint record taken away first.
        for (String drop : new String[] {"DROP INDEX cases_by_response_due", "DROP INDEX cases_regulated", "DROP TABLE complaint_redress",
            "DROP TABLE complaint_letters"}) {
            Sql.update(c, drop);
        }
        for (String column : new String[] {"regime", "received_at", "product", "root_cause", "payment_services", "delay_reason",
            "promised_by", "outcome", "outcome_reasons", "referred_on", "response_due_utc"}) {
            Sql.update(c, "ALTER TABLE cases DROP COLUMN " + column);
        }
        if (Engine.of(c) == Engine.POSTGRESQL) {
            Sql.update(c, "ALTER TABLE case_search ADD COLUMN folded_body TEXT NOT NULL DEFAULT ''");
            Sql.update(c, "UPDATE case_search SET folded_body = lower(body), body_document = setweight(to_tsvector('simple', lower(body)), 'D')");
            Sql.update(c, "UPDATE case_search SET document = setweight(to_tsvector('simple', lower(subject)), 'B') || body_document");
            Sql.update(c, "UPDATE turnaround_schema SET version = 11");
            return;
        }
        Sql.update(c, "CREATE VIRTUAL TABLE old_search USING fts5(reference, customer, subject, body, tokenize = 'unicode61 remove_diacritics 2')");
        Sql.update(c, "INSERT INTO old_search (rowid, reference, customer, subject, body) SELECT rowid, reference, customer, subject, body FROM case_search");
        Sql.update(c, "DROP TABLE case_search");
        Sql.update(c, "ALTER TABLE old_search RENAME TO case_search");
        Sql.update(c, "PRAGMA user_version = 11");
    }
}
