package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseHeader;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.CaseText;
import io.turnaround.domain.SearchHit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The FTS5 index of every case's text, kept in the same transaction as the case itself: one row per case, whose
 * rowid is the case's id. Queries are built from the user's words, never passed to FTS5 as syntax.
 */
final class SearchIndex {
    private SearchIndex() {
    }

    /** Indexes the case; skipped when its text is the same as in {@code before}, as on most saves of the call clock. */
    static void put(Connection c, CaseFile current, CaseFile before) throws SQLException {
        put(Writes.now(c), current, before);
    }

    static void put(Writes w, CaseFile current, CaseFile before) throws SQLException {
        Connection c = w.connection();
        // Compared part by part, not as text: a part the edit left alone is the very same object, so a keystroke in
        // the subject of a case of 2,000 notes neither builds its body's text twice (most of what a save took) nor compares it.
        boolean sameBody = before != null && before.id() == current.id() && sameBodyParts(current, before);
        if (sameBody && sameHead(before, current)) {
            return;
        }
        String language = w.stemmingLanguage(current.approval().language());
        String headStems = SearchWords.stems(head(current), language);
        if (Engine.of(c) == Engine.POSTGRESQL && sameBody) {
            // A keystroke in the subject: the body's part of the index stays as it is, only the head is indexed again.
            PostgresSearch.putHead(w, current.id(), current.header().reference(), current.header().customerOrganisation(),
                    current.header().subject(), headStems);
            return;
        }
        if (Engine.of(c) == Engine.POSTGRESQL) {
            String body = CaseText.body(current);
            PostgresSearch.put(w, current.id(), current.header().reference(), current.header().customerOrganisation(),
                    current.header().subject(), body, headStems, SearchWords.stems(body, language));
            return;
        }
        // FTS5 replaces the whole row: when only the head changed, the body and its stems come from the row as it is.
        String[] kept = sameBody ? Sql.query(c, "SELECT body, body_stems FROM case_search WHERE rowid = ?",
                r -> new String[] {r.text("body"), r.text("body_stems")}, current.id()).stream().findFirst().orElse(null) : null;
        String body = kept != null ? kept[0] : CaseText.body(current);
        w.update("INSERT OR REPLACE INTO case_search (rowid, reference, customer, subject, body, head_stems, body_stems) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", current.id(), current.header().reference(), current.header().customerOrganisation(),
                current.header().subject(), body, headStems, kept != null ? kept[1] : SearchWords.stems(body, language));
    }

    /** Whether everything but the head (reference, customer, subject) is the same: what the body's text is made of. */
    private static boolean sameBodyParts(CaseFile a, CaseFile b) {
        CaseHeader ha = a.header();
        CaseHeader hb = b.header();
        return a.equals(b.withHeader(ha)) && ha.category().equals(hb.category()) && ha.conductNotes().equals(hb.conductNotes());
    }

    /** The reference, customer and subject: the part of a case's text that counts more in the ranking. */
    private static String head(CaseFile c) {
        return c.header().reference() + "\n" + c.header().customerOrganisation() + "\n" + c.header().subject();
    }

    /**
     * Schema 12: every case's stems added to the index, from the text the index already holds (far quicker than
     * reading every case again), in the case's language or the library's.
     */
    static void addStems(Connection c) throws SQLException {
        boolean postgres = Engine.of(c) == Engine.POSTGRESQL;
        String from = postgres ? "case_search s JOIN cases ON cases.id = s.case_id WHERE s.case_id > ? ORDER BY s.case_id"
                : "case_search_v11 s JOIN cases ON cases.id = s.rowid WHERE s.rowid > ? ORDER BY s.rowid";
        record Row(long id, String reference, String customer, String subject, String body, String language) {
        }
        Writes w = Writes.batched(c);
        long after = 0;
        while (true) { // a thousand at a time: the text of every case would not fit in memory at once
            List<Row> rows = Sql.query(c, "SELECT cases.id, s.reference, s.customer, s.subject, s.body, cases.summary_language FROM "
                    + from + " LIMIT 1000", r -> new Row(r.lng("id"), r.text("reference"), r.text("customer"), r.text("subject"),
                    r.text("body"), r.text("summary_language")), after);
            if (rows.isEmpty()) {
                break;
            }
            for (Row r : rows) {
                String language = w.stemmingLanguage(r.language());
                String headStems = SearchWords.stems(r.reference() + "\n" + r.customer() + "\n" + r.subject(), language);
                String bodyStems = SearchWords.stems(r.body(), language);
                if (postgres) {
                    PostgresSearch.put(w, r.id(), r.reference(), r.customer(), r.subject(), r.body(), headStems, bodyStems);
                } else {
                    w.update("INSERT INTO case_search (rowid, reference, customer, subject, body, head_stems, body_stems) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.reference(), r.customer(), r.subject(), r.body(), headStems, bodyStems);
                }
                after = r.id();
            }
            w.flush();
        }
        if (!postgres) {
            Sql.update(c, "DROP TABLE case_search_v11");
        }
    }

    static void remove(Connection c, long caseId) throws SQLException {
        if (Engine.of(c) == Engine.POSTGRESQL) {
            PostgresSearch.remove(c, caseId);
            return;
        }
        Sql.update(c, "DELETE FROM case_search WHERE rowid = ?", caseId);
    }

    /** Indexes every stored case again (migrating a library from before search runs it once). */
    static void rebuild(Connection c) throws SQLException {
        if (Engine.of(c) == Engine.POSTGRESQL) {
            PostgresSearch.clear(c);
        } else {
            Sql.update(c, "DELETE FROM case_search");
        }
        List<CaseFile> rows = Sql.query(c, "SELECT * FROM cases", CaseRow::read);
        for (CaseFile row : rows) {
            put(c, ChildTables.read(c, row), null);
        }
    }

    /**
     * The cases matching every word (the last one also as a prefix, as the user is still typing), best first by
     * bm25 — a match in the reference, customer or subject counts more than one in the body — with a snippet.
     */
    static List<SearchHit> search(Connection c, String words, int limit) throws SQLException {
        return search(c, words, limit, COMMON);
    }

    /**
     * Above this many matching cases, a word is in a large part of the library and bm25 can barely tell the cases
     * apart, while scoring them all takes ~0.1 s at 100,000 cases: the newest matches are shown first instead.
     */
    static final int COMMON = 5_000;

    static List<SearchHit> search(Connection c, String words, int limit, int common) throws SQLException {
        if (Engine.of(c) == Engine.POSTGRESQL) {
            return PostgresSearch.search(c, words, limit, common);
        }
        SearchQuery query = SearchQuery.parse(words);
        if (query.isEmpty()) {
            return List.of();
        }
        String match = query.fts5();
        int matches = Sql.query(c, "SELECT count(*) AS n FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?)",
                r -> r.integer("n"), match, common + 1).get(0);
        String order = matches > common ? "rowid DESC" : "rank";
        // Rank and cut inside FTS5 first (ORDER BY rank uses the weights set in V4 and V12), then join only the hits.
        return Sql.query(c, "SELECT cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                + "cases.next_contact_utc, cases.is_sample, cases.category, s.body FROM (SELECT rowid AS id, rank AS score "
                + "FROM case_search WHERE case_search MATCH ? ORDER BY " + order + " LIMIT ?) AS hit JOIN cases ON cases.id = hit.id "
                + "JOIN case_search s ON s.rowid = hit.id ORDER BY " + (order.equals("rank") ? "hit.score" : "hit.id DESC"), r -> {
                    Long next = r.nullableLong("next_contact_utc");
                    CaseSummary summary = new CaseSummary(r.lng("id"), r.text("reference"), r.text("customer_org"), r.text("subject"),
                            r.enumOf(io.turnaround.domain.CaseStatus.class, "status"), r.instant("opened_at"),
                            next == null ? null : java.time.Instant.ofEpochMilli(next), r.bool("is_sample"), r.text("category"));
                    return new SearchHit(summary, SearchSnippet.of(r.text("body"), query));
                }, match, limit);
    }

    private static boolean sameHead(CaseFile a, CaseFile b) {
        return a.header().reference().equals(b.header().reference()) && a.header().subject().equals(b.header().subject())
                && a.header().customerOrganisation().equals(b.header().customerOrganisation());
    }
}
