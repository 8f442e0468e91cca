package io.turnaround.store;

import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.SearchHit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The search index of a team library, in PostgreSQL's own full-text search: a weighted tsvector per case and a GIN
 * index (migrations V4, V9, V12). The words are folded and stemmed in Java ({@link SearchWords}), parsed with the
 * 'simple' configuration, so both engines find the same cases. The query is built from {@link SearchQuery}: nothing
 * typed reaches {@code to_tsquery} as syntax.
 */
final class PostgresSearch {
    private PostgresSearch() {
    }

    /**
     * Indexes a case's text: the head (reference, customer, subject, with its stems) and the body (with its stems), each
     * with its weight. The body's part is kept apart ({@code body_document}), so a change of the head alone does not
     * parse the body again.
     */
    static void put(Writes w, long id, String reference, String customer, String subject, String body, String headStems,
                    String bodyStems) throws SQLException {
        w.update("INSERT INTO case_search (case_id, reference, customer, subject, body, body_document, document) "
                + "SELECT ?, ?, ?, ?, ?, b.v, " + HEAD + " || b.v FROM (SELECT setweight(to_tsvector('simple', ?), 'D') "
                + "|| setweight(to_tsvector('simple', ?), 'D') AS v) b "
                + "ON CONFLICT (case_id) DO UPDATE SET reference = excluded.reference, customer = excluded.customer, "
                + "subject = excluded.subject, body = excluded.body, body_document = excluded.body_document, document = excluded.document",
                id, reference, customer, subject, body, SearchWords.fold(reference), SearchWords.fold(customer), SearchWords.fold(subject),
                headStems, SearchWords.fold(body), bodyStems);
    }

    /** The head's part of the document (reference A; customer, subject and their stems B), from four parameters. */
    private static final String HEAD = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
            + "|| setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'B')";

    /** Indexes the head again, the body unchanged: what a keystroke in the subject costs. */
    static void putHead(Writes w, long id, String reference, String customer, String subject, String headStems) throws SQLException {
        w.update("UPDATE case_search SET reference = ?, customer = ?, subject = ?, document = " + HEAD + " || body_document "
                + "WHERE case_id = ?", reference, customer, subject, SearchWords.fold(reference), SearchWords.fold(customer),
                SearchWords.fold(subject), headStems, id);
    }

    static void remove(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM case_search WHERE case_id = ?", id);
    }

    static void clear(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM case_search");
    }

    /** As {@link SearchIndex#search}: every word in any of its forms, the last also as a prefix; best first, or newest first when common. */
    static List<SearchHit> search(Connection c, String words, int limit, int common) throws SQLException {
        return search(c, words, limit, common, SAMPLED_ABOVE);
    }

    /** As above; {@code sampledAbove} in place of {@link #SAMPLED_ABOVE} (tests). */
    static List<SearchHit> search(Connection c, String words, int limit, int common, long sampledAbove) throws SQLException {
        SearchQuery query = SearchQuery.parse(words);
        if (query.isEmpty()) {
            return List.of();
        }
        long matches = inMostCases(c, query, common, sampledAbove) ? common + 1 : count(c, query, common);
        if (matches == 0) {
            return List.of();
        }
        if (matches > common) {
            // A word in most cases: the newest matches, as in the case file (read from the newest case down, a few rows).
            return hits(c, "SELECT cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                    + "cases.next_contact_utc, cases.is_sample, cases.category, s.body FROM case_search s "
                    + "JOIN cases ON cases.id = s.case_id WHERE s.document @@ to_tsquery('simple', ?) ORDER BY s.case_id DESC LIMIT ?",
                    query, query.tsquery(), limit);
        }
        // Few enough to rank: only their documents are read.
        return hits(c, "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS q), "
                + "top AS (SELECT s.case_id, ts_rank('{0.1, 0.2, 0.6, 1.0}', s.document, q.q) AS score FROM case_search s, q "
                + "WHERE s.document @@ q.q ORDER BY score DESC, s.case_id DESC LIMIT ?) "
                + "SELECT cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                + "cases.next_contact_utc, cases.is_sample, cases.category, s.body FROM top "
                + "JOIN cases ON cases.id = top.case_id JOIN case_search s ON s.case_id = top.case_id ORDER BY top.score DESC, top.case_id DESC",
                query, query.tsquery(), limit);
    }

    /** Above this many cases, a word's matches are not all counted before it is known whether it is in most cases. */
    static final long SAMPLED_ABOVE = 200_000;
    private static final int SAMPLE = 500;

    /**
     * Whether the words are plainly in most cases of a large library: found in at least a tenth of the newest 500 cases,
     * and that share of the library above {@code common}. Counting the matches of such a word means a bitmap of every
     * one of them (some 0.2 s at a million cases), while the newest 500 are read in a few milliseconds at any size. A
     * word rare among the newest cases is counted as before.
     */
    private static boolean inMostCases(Connection c, SearchQuery query, int common, long sampledAbove) throws SQLException {
        // The planner's count of the rows (kept by autovacuum): a count(*) would read them all.
        double cases = Sql.query(c, "SELECT reltuples AS n FROM pg_class WHERE oid = 'case_search'::regclass", r -> r.dbl("n")).get(0);
        if (cases <= 0 || cases < sampledAbove) {
            return false;
        }
        long found = Sql.query(c, "SELECT count(*) AS n FROM (SELECT document FROM case_search ORDER BY case_id DESC LIMIT ?) s "
                + "WHERE document @@ to_tsquery('simple', ?)", r -> r.lng("n"), SAMPLE, query.tsquery()).get(0);
        double sampled = Math.min(SAMPLE, cases);
        return found * 10 >= sampled && found * cases / sampled > common;
    }

    /**
     * How many cases match, up to common + 1: the index's matches checked against the table, without reading a single
     * document (the planner is not shown the query, so it takes the index, not a scan of every case).
     */
    private static long count(Connection c, SearchQuery query, int common) throws SQLException {
        return Sql.query(c, "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', ?) AS q) SELECT count(*) AS n FROM "
                + "(SELECT s.case_id FROM case_search s, q WHERE s.document @@ q.q LIMIT ?) m", r -> r.lng("n"), query.tsquery(), common + 1)
                .get(0);
    }

    private static List<SearchHit> hits(Connection c, String sql, SearchQuery query, Object... params) throws SQLException {
        return Sql.query(c, sql, r -> {
            Long next = r.nullableLong("next_contact_utc");
            CaseSummary summary = new CaseSummary(r.lng("id"), r.text("reference"), r.text("customer_org"), r.text("subject"),
                    r.enumOf(io.turnaround.domain.CaseStatus.class, "status"), r.instant("opened_at"),
                    next == null ? null : java.time.Instant.ofEpochMilli(next), r.bool("is_sample"), r.text("category"));
            return new SearchHit(summary, SearchSnippet.of(r.text("body"), query));
        }, params);
    }

}
