package io.turnaround.store;

import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case list's query, in SQL both engines run alike: its filters as a WHERE clause, its sort as an ORDER BY with the
 * case id breaking ties, and a page either from a position (OFFSET, for a jump) or after a case already shown (keyset:
 * the rows after that case's own sort key, so the next page costs the same at row 900,000 as at row 200). Every sort
 * key has an index (V9), and text keys compare byte by byte in both engines, so the order is the same in either.
 */
final class CaseListQuery {
    static final String COLUMNS = "id, reference, customer_org, subject, status, opened_at, next_contact_utc, is_sample, category, owner, "
            + "response_due_utc";

    private CaseListQuery() {
    }

    static int count(Connection c, Engine engine, CaseQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(c, engine, q, params);
        return Sql.query(c, "SELECT count(*) AS n FROM cases" + where, r -> r.integer("n"), params.toArray()).get(0);
    }

    /**
     * Up to {@code limit} cases in the query's order: those after the case {@code afterId} when it is given, else from
     * position {@code offset}.
     */
    static List<CaseSummary> page(Connection c, Engine engine, CaseQuery q, Long afterId, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(c, engine, q, params);
        String key = key(engine, q.sort());
        String direction = q.descending() ? "DESC" : "ASC";
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM cases").append(where);
        if (afterId != null) {
            sql.append(where.isEmpty() ? " WHERE " : " AND ").append("(").append(key).append(", id) ").append(q.descending() ? "<" : ">")
                    .append(" ((SELECT ").append(key).append(" FROM cases WHERE id = ?), ?)");
            params.add(afterId);
            params.add(afterId);
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", id ").append(direction).append(" LIMIT ").append(limit);
        if (afterId == null && offset > 0) {
            sql.append(" OFFSET ").append(offset);
        }
        Map<String, String> shared = new java.util.HashMap<>();
        return Sql.query(c, sql.toString(), r -> summary(r, shared), params.toArray());
    }

    /**
     * One line of the list. A customer's name and a category repeat across thousands of cases: {@code shared} keeps one
     * string of each.
     */
    static CaseSummary summary(Sql.Row r, Map<String, String> shared) throws SQLException {
        Long next = r.nullableLong("next_contact_utc");
        Long due = r.nullableLong("response_due_utc");
        return new CaseSummary(r.lng("id"), r.text("reference"), shared.computeIfAbsent(r.text("customer_org"), k -> k),
                shared.computeIfAbsent(r.text("subject"), k -> k), r.enumOf(CaseStatus.class, "status"), r.instant("opened_at"),
                next == null ? null : Instant.ofEpochMilli(next), r.bool("is_sample"),
                shared.computeIfAbsent(r.text("category"), k -> k), shared.computeIfAbsent(r.text("owner"), k -> k),
                due == null ? null : Instant.ofEpochMilli(due));
    }

    /** The sort key as an expression; the same text is indexed (V9), so both engines can walk the index. */
    static String key(Engine engine, CaseQuery.Sort sort) {
        String bytes = engine == Engine.POSTGRESQL ? " COLLATE \"C\"" : "";
        return switch (sort) {
            case OPENED -> "opened_at" + bytes;
            case REFERENCE -> "reference" + bytes;
            case CUSTOMER -> "lower(customer_org)" + bytes;
            case SUBJECT -> "lower(subject)" + bytes;
            case OWNER -> "owner" + bytes;
            // Lifecycle order (on the call, investigating, ... closed), not the alphabet of one language.
            case STATUS -> statusOrder();
            // A case without a date sorts after every date.
            case NEXT_CONTACT -> "coalesce(next_contact_utc, 9223372036854775807)";
            case RESPONSE_DUE -> "coalesce(response_due_utc, 9223372036854775807)";
        };
    }

    static String statusOrder() {
        StringBuilder s = new StringBuilder("(CASE status");
        for (CaseStatus status : CaseStatus.values()) {
            s.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return s.append(" ELSE ").append(CaseStatus.values().length).append(" END)").toString();
    }

    private static String where(Connection c, Engine engine, CaseQuery q, List<Object> params) throws SQLException {
        List<String> terms = new ArrayList<>();
        if (q.status() != null) {
            terms.add("status = ?");
            params.add(q.status());
        }
        if (!q.customer().isEmpty()) {
            // The user's words are a substring, never a pattern: % and _ in a name are matched as themselves.
            terms.add("lower(customer_org) LIKE ? ESCAPE '\\'");
            params.add("%" + q.customer().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.openedFrom() != null) {
            terms.add("opened_at >= ?");
            params.add(secondPrefix(q.openedFrom()));
        }
        if (q.openedBefore() != null) {
            terms.add("opened_at < ?");
            params.add(secondPrefix(q.openedBefore()));
        }
        if (!q.category().isEmpty()) {
            terms.add("lower(category) = ?");
            params.add(q.category().toLowerCase(Locale.ROOT));
        }
        if (q.overdueAt() != null) {
            terms.add("status NOT IN (" + Sql.literals(CaseStatus.APPROVED, CaseStatus.CLOSED) + ") AND next_contact_utc < ?");
            params.add(q.overdueAt().toEpochMilli());
        }
        if (q.only() != null) {
            if (engine == Engine.POSTGRESQL) {
                terms.add("id = ANY(?)");
                params.add(c.createArrayOf("bigint", q.only().toArray()));
            } else {
                terms.add("id IN (SELECT value FROM json_each(?))");
                params.add(q.only().toString());
            }
        }
        if (!q.owner().isEmpty()) {
            terms.add("owner = ?");
            params.add(q.owner());
        }
        if (q.responseDueBefore() != null) {
            terms.add("response_due_utc < ?");
            params.add(q.responseDueBefore().toEpochMilli());
        }
        if (q.sample() != null) {
            // A literal, not a parameter: so the planner knows it may use the index of the sample cases (V9).
            terms.add(q.sample() ? "is_sample = 1" : "is_sample = 0");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /**
     * An instant as the start of the text {@link Instant#toString} writes for it, to the second and without the "Z":
     * every instant of that second (with or without a fraction) compares at or after it as text, every earlier one
     * before it. Bounds from the date filters fall on whole seconds.
     */
    private static String secondPrefix(Instant t) {
        return SECOND.format(t);
    }
}
