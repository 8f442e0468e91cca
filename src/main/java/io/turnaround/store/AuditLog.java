package io.turnaround.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The append-only record of every change to a case. Each row's hash covers its content and the
 * previous row's hash, so editing, deleting or reordering any row breaks the chain from there on.
 * Details name what changed (sections, actions), never the text itself.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);

    /** One row of the log. */
    /** @param actor the PostgreSQL role that made the change; empty in the case file on one computer */
    public record Entry(long seq, Instant at, long caseId, String action, String detail, String prevHash, String hash, String actor) {
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Appends inside the caller's write transaction. */
    static void append(Connection c, Instant at, long caseId, String action, String detail) throws SQLException {
        Appender log = appender(c);
        log.add(Writes.now(c), at, caseId, action, detail);
    }

    /**
     * The end of the chain, to append after inside the caller's write transaction (on PostgreSQL, holding the log's
     * lock until it ends): one query for any number of rows.
     */
    static Appender appender(Connection c) throws SQLException {
        String actor = "";
        if (Engine.of(c) == Engine.POSTGRESQL) {
            // Several managers append at once: one at a time, so that each row chains onto the one before it (an
            // advisory lock: a manager's role may add to the log but not lock the table).
            actor = Sql.query(c, "SELECT current_user AS who FROM (SELECT pg_advisory_xact_lock(7316001)) AS locked", r -> r.text("who")).get(0);
        }
        List<String[]> last = Sql.query(c, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                r -> new String[] {r.text("seq"), r.text("hash")});
        return last.isEmpty() ? new Appender(0, GENESIS, actor) : new Appender(Long.parseLong(last.get(0)[0]), last.get(0)[1], actor);
    }

    /** Rows chained onto the last one, each onto the one before. */
    static final class Appender {
        private long seq;
        private String prev;
        private final String actor;

        private Appender(long seq, String prev, String actor) {
            this.seq = seq;
            this.prev = prev;
            this.actor = actor;
        }

        void add(Writes w, Instant at, long caseId, String action, String detail) throws SQLException {
            seq++;
            String hash = hash(prev, seq, at, caseId, action, detail, actor);
            w.update("INSERT INTO audit_log (seq, at, case_id, action, detail, prev_hash, hash, actor) VALUES (?,?,?,?,?,?,?,?)",
                    seq, at, caseId, action, detail, prev, hash, actor);
            prev = hash;
        }
    }

    /** The row's hash; who made the change is part of it when known (rows without an actor keep their old hashes). */
    static String hash(String prev, long seq, Instant at, long caseId, String action, String detail, String actor) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String content = prev + "|" + seq + "|" + at + "|" + caseId + "|" + action + "|" + detail
                    + (actor.isEmpty() ? "" : "|" + actor);
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public List<Entry> entries(long caseId) {
        return db.read(c -> Sql.query(c, "SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq", AuditLog::entry, caseId));
    }

    /** Records an action that is not an edit (such as reopening an approved case). */
    public void record(Instant at, long caseId, String action, String detail) {
        db.write(c -> {
            append(c, at, caseId, action, detail);
            return null;
        });
    }

    /**
     * Walks the whole chain. Empty when intact; otherwise the first row where it breaks
     * (its content, its link to the previous row, or a gap in the sequence).
     */
    public Optional<Long> verify() {
        return db.read(AuditLog::verify);
    }

    /** {@link #verify()} on an open connection (inside a transaction, as a copy checks what it wrote). */
    static Optional<Long> verify(Connection c) throws SQLException {
        String prev = GENESIS;
        long expected = 1;
        for (Entry e : Sql.query(c, "SELECT * FROM audit_log ORDER BY seq", AuditLog::entry)) {
            boolean broken = e.seq() != expected || !e.prevHash().equals(prev)
                    || !e.hash().equals(hash(e.prevHash(), e.seq(), e.at(), e.caseId(), e.action(), e.detail(), e.actor()));
            if (broken) {
                return Optional.of(e.seq() != expected ? expected : e.seq());
            }
            prev = e.hash();
            expected++;
        }
        return Optional.empty();
    }

    private static Entry entry(Sql.Row r) throws SQLException {
        return new Entry(r.lng("seq"), r.instant("at"), r.lng("case_id"), r.text("action"), r.text("detail"), r.text("prev_hash"),
                r.text("hash"), r.text("actor"));
    }
}
