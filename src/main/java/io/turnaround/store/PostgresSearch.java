package io.turnaround.store;

import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.SearchHit;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;


/**
 * The search index of a team library, in PostgreSQL's own full-text search: a weighted tsvector per case and a GIN
 * index (migration V4). Accents and case are folded here, character for character, so that the index, the query and
 * the snippet agree, and so that a snippet is cut from the text as written. The user's words are reduced to letters
 * and digits before they reach {@code to_tsquery}: nothing typed is taken as syntax.
 */
final class PostgresSearch {
    private PostgresSearch() {
    }

    /**
     * Indexes a case's text: the head (reference, customer, subject) and the body, each with its weight. The body's part
     * is kept apart ({@code body_document}), so a change of the head alone does not parse the body again.
     */
    static void put(Writes w, long id, String reference, String customer, String subject, String body) throws SQLException {
        // The folded body goes over the wire once: stored as folded_body and parsed into the body's part from there.
        w.update("INSERT INTO case_search (case_id, reference, customer, subject, body, folded_body, body_document, document) "
                + "SELECT ?, ?, ?, ?, ?, f.folded, b.v, " + HEAD + " || b.v FROM (SELECT CAST(? AS text) AS folded) f, "
                + "LATERAL (SELECT setweight(to_tsvector('simple', f.folded), 'D') AS v) b "
                + "ON CONFLICT (case_id) DO UPDATE SET reference = excluded.reference, customer = excluded.customer, "
                + "subject = excluded.subject, body = excluded.body, folded_body = excluded.folded_body, "
                + "body_document = excluded.body_document, document = excluded.document",
                id, reference, customer, subject, body, fold(reference), fold(customer), fold(subject), fold(body));
    }

    /** The head's part of the document (reference A, customer and subject B), from three parameters. */
    private static final String HEAD = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') "
            + "|| setweight(to_tsvector('simple', ?), 'B')";

    /** Indexes the head again, the body unchanged: what a keystroke in the subject costs. */
    static void putHead(Writes w, long id, String reference, String customer, String subject) throws SQLException {
        w.update("UPDATE case_search SET reference = ?, customer = ?, subject = ?, document = " + HEAD + " || body_document "
                + "WHERE case_id = ?", reference, customer, subject, fold(reference), fold(customer), fold(subject), id);
    }

    static void remove(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM case_search WHERE case_id = ?", id);
    }

    static void clear(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM case_search");
    }

    /** As {@link SearchIndex#search}: every word, the last also as a prefix; best first, or newest first when common. */
    static List<SearchHit> search(Connection c, String words, int limit, int common) throws SQLException {
        List<String> terms = terms(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        String query = String.join(" & ", terms) + ":*";
        // One pass over the matches (at most common + 1 of them): counted and ranked together, then only the hits joined.
        // A separate count first took three times as long as this whole query on 10,000 cases.
        long[] matches = new long[1];
        List<SearchHit> ranked = hits(c, matches, "WITH q AS (SELECT to_tsquery('simple', ?) AS q), "
                + "m AS MATERIALIZED (SELECT s.case_id, s.document FROM case_search s, q WHERE s.document @@ q.q LIMIT ?), "
                + "top AS (SELECT m.case_id, ts_rank('{0.1, 0.2, 0.6, 1.0}', m.document, (SELECT q FROM q)) AS score, "
                + "(SELECT count(*) FROM m) AS matches FROM m ORDER BY score DESC, m.case_id DESC LIMIT ?) "
                + "SELECT top.matches, cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                + "cases.next_contact_utc, cases.is_sample, cases.category, s.body, s.folded_body FROM top "
                + "JOIN cases ON cases.id = top.case_id JOIN case_search s ON s.case_id = top.case_id ORDER BY top.score DESC, top.case_id DESC",
                terms, query, common + 1, limit);
        if (matches[0] <= common) {
            return ranked;
        }
        // A word in most cases: the newest matches, as in the case file.
        return hits(c, matches, "SELECT 0 AS matches, cases.id, cases.reference, cases.customer_org, cases.subject, cases.status, cases.opened_at, "
                + "cases.next_contact_utc, cases.is_sample, cases.category, s.body, s.folded_body FROM case_search s "
                + "JOIN cases ON cases.id = s.case_id WHERE s.document @@ to_tsquery('simple', ?) ORDER BY s.case_id DESC LIMIT ?",
                terms, query, limit);
    }

    /** The hits of {@code sql}; {@code matches[0]} takes its "matches" column (how many matched, up to the limit asked). */
    private static List<SearchHit> hits(Connection c, long[] matches, String sql, List<String> terms, Object... params) throws SQLException {
        return Sql.query(c, sql, r -> {
            matches[0] = Math.max(matches[0], r.lng("matches"));
            Long next = r.nullableLong("next_contact_utc");
            CaseSummary summary = new CaseSummary(r.lng("id"), r.text("reference"), r.text("customer_org"), r.text("subject"),
                    r.enumOf(io.turnaround.domain.CaseStatus.class, "status"), r.instant("opened_at"),
                    next == null ? null : java.time.Instant.ofEpochMilli(next), r.bool("is_sample"), r.text("category"));
            return new SearchHit(summary, snippet(r.text("body"), r.text("folded_body"), terms));
        }, params);
    }

    /** The user's words as tsquery lexemes: folded, letters and digits only. */
    static List<String> terms(String words) {
        List<String> terms = new ArrayList<>();
        for (String word : fold(words).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word);
            }
        }
        return terms;
    }

    /**
     * Lower case without accents, one character for one ("Ångström" → "angstrom"), so that a position in the folded
     * text is the same position in the text as written.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 128) {
                out.append(Character.toLowerCase(ch));
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char first = base.isEmpty() ? ch : base.charAt(0);
            out.append(switch (first) {
                case 'ø', 'Ø' -> 'o';
                case 'đ', 'Đ' -> 'd';
                case 'ł', 'Ł' -> 'l';
                default -> Character.isSurrogate(ch) ? ch : Character.toLowerCase(first);
            });
        }
        return out.toString();
    }

    /** About a dozen words of the text around the first match, each match marked as SQLite's snippet marks it. */
    static String snippet(String body, String folded, List<String> terms) {
        int at = -1;
        for (String term : terms) {
            int i = wordStart(folded, term);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            at = 0;
        }
        int start = at;
        for (int words = 0; start > 0 && words < 5; ) {
            start--;
            if (start > 0 && Character.isWhitespace(body.charAt(start - 1)) && !Character.isWhitespace(body.charAt(start))) {
                words++;
            }
        }
        int end = at;
        for (int words = 0; end < body.length() && words < 7; end++) {
            if (Character.isWhitespace(body.charAt(end)) && end > at && !Character.isWhitespace(body.charAt(end - 1))) {
                words++;
            }
        }
        StringBuilder out = new StringBuilder(start > 0 ? "\u2026" : "");
        int i = start;
        while (i < end) {
            int match = matchAt(folded, i, terms);
            if (match > 0) {
                out.append(SearchHit.MATCH_START).append(body, i, i + match).append(SearchHit.MATCH_END);
                i += match;
            } else {
                out.append(body.charAt(i));
                i++;
            }
        }
        return out.append(end < body.length() ? "\u2026" : "").toString().strip();
    }

    /** The length of the word at {@code i} when it begins with one of the terms; 0 otherwise. */
    private static int matchAt(String folded, int i, List<String> terms) {
        if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
            return 0;
        }
        for (String term : terms) {
            if (folded.startsWith(term, i)) {
                int end = i + term.length();
                while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                return end - i;
            }
        }
        return 0;
    }

    private static int wordStart(String folded, String term) {
        for (int i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

}
