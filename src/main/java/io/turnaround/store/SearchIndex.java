package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.CaseText;
import io.turnaround.domain.SearchHit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        String body = CaseText.body(current);
        boolean sameCase = before != null && before.id() == current.id();
        boolean sameBody = sameCase && body.equals(CaseText.body(before));
        if (sameBody && sameHead(before, current)) {
            return;
        }
        if (Engine.of(c) == Engine.POSTGRESQL && sameBody) {
            // A keystroke in the subject: the body's part of the index stays as it is, only the head is indexed again.
            PostgresSearch.putHead(w, current.id(), current.header().reference(), current.header().customerOrganisation(),
                    current.header().subject());
            return;
        }
        if (Engine.of(c) == Engine.POSTGRESQL) {
            PostgresSearch.put(w, current.id(), current.header().reference(), current.header().customerOrganisation(),
                    current.header().subject(), body);
            return;
        }
        w.update("INSERT OR REPLACE INTO case_search (rowid, reference, customer, subject, body) VALUES (?, ?, ?, ?, ?)",
                current.id(), current.header().reference(), current.header().customerOrganisation(), current.header().subject(), body);
    }

    static void remove(Connection c, long caseId) throws SQLException {
        if (Engine.of(c) == Engine.POSTGRESQL) {
            PostgresSearch.remove(c, caseId);
            return;
        }
        Sql.update(c, "DELETE FROM case_search WHERE rowid = ?", caseId);
    }

    /** Indexes every stored case again (the migration that introduced search runs it once). */
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
        String match = matchExpression(words);
        if (match.isEmpty()) {
            return List.of();
        }
        int matches = Sql.query(c, "SELECT count(*) AS n FROM (SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?)",
                r -> r.integer("n"), match, common + 1).get(0);
        String order = matches > common ? "rowid DESC" : "rank";
        // Rank and cut inside FTS5 first (ORDER BY rank uses the weights set in V4), then join only the hits.
        return Sql.query(c, "SELECT cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                + "cases.next_contact_utc, cases.is_sample, cases.category, hit.snippet FROM (SELECT rowid AS id, rank AS score, "
                + "snippet(case_search, -1, char(2), char(3), '\u2026', 12) AS snippet FROM case_search "
                + "WHERE case_search MATCH ? ORDER BY " + order + " LIMIT ?) AS hit JOIN cases ON cases.id = hit.id ORDER BY "
                + (order.equals("rank") ? "hit.score" : "hit.id DESC"), r -> {
                    Long next = r.nullableLong("next_contact_utc");
                    CaseSummary summary = new CaseSummary(r.lng("id"), r.text("reference"), r.text("customer_org"), r.text("subject"),
                            r.enumOf(io.turnaround.domain.CaseStatus.class, "status"), r.instant("opened_at"),
                            next == null ? null : java.time.Instant.ofEpochMilli(next), r.bool("is_sample"), r.text("category"));
                    return new SearchHit(summary, r.text("snippet"));
                }, match, limit);
    }

    /** The FTS5 expression for what the user typed: each word a quoted string, so no word is taken as syntax. */
    static String matchExpression(String words) {
        List<String> terms = new ArrayList<>();
        for (String word : words.strip().split("[\\s\\p{Punct}&&[^'_-]]+")) {
            String w = word.replaceAll("[\\p{Cntrl}]", "").strip();
            if (!w.isEmpty()) {
                terms.add("\"" + w.replace("\"", "\"\"") + "\"");
            }
        }
        if (terms.isEmpty()) {
            return "";
        }
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + "*");
        return String.join(" ", terms).toLowerCase(Locale.ROOT);
    }

    private static boolean sameHead(CaseFile a, CaseFile b) {
        return a.header().reference().equals(b.header().reference()) && a.header().subject().equals(b.header().subject())
                && a.header().customerOrganisation().equals(b.header().customerOrganisation());
    }
}
