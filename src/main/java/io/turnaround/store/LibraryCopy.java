package io.turnaround.store;

import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies a whole library into an empty one — the case file into a team database and back — keeping each case's id and
 * reference, its frozen revisions with their SHA-256, and the audit log row for row (its chain names the cases by id);
 * then checks the copy: the number of cases, every revision's hash, and the audit chain. All of it, or nothing: the
 * copy is one transaction in the target.
 */
public final class LibraryCopy {
    private static final int BATCH = 500;

    /** What was copied. */
    public record Result(int cases, int revisions, int auditEntries) {
    }

    private final Database from;
    private final Database into;

    public LibraryCopy(Database from, Database into) {
        this.from = from;
        this.into = into;
    }

    /** @throws StoreException when the target already holds cases, or the copy does not check out (then nothing is kept) */
    public Result run() {
        List<String> there = into.read(c -> Sql.query(c, "SELECT reference FROM cases ORDER BY id LIMIT 3", r -> r.text("reference")));
        if (!there.isEmpty()) {
            throw new StoreException(into.name() + " already holds cases (" + String.join(", ", there) + "…): copy-to copies into an "
                    + "empty library only, so that no reference or audit entry is mixed with another's. Nothing was copied.");
        }
        List<Long> ids = from.read(c -> Sql.query(c, "SELECT id FROM cases ORDER BY id", r -> r.lng("id")));
        // Who opened each case (a team library's owner) goes with it; from the case file, the copying role owns them.
        java.util.Map<Long, String> owners = new java.util.HashMap<>();
        from.read(c -> Sql.query(c, "SELECT id, owner FROM cases WHERE owner <> ''", r -> owners.put(r.lng("id"), r.text("owner"))));
        List<String[]> audit = from.read(c -> Sql.query(c, "SELECT seq, at, case_id, action, detail, prev_hash, hash, actor FROM audit_log ORDER BY seq",
                r -> new String[] {r.text("seq"), r.text("at"), r.text("case_id"), r.text("action"), r.text("detail"), r.text("prev_hash"),
                    r.text("hash"), r.text("actor")}));
        int[] revisions = new int[1];
        return into.write(c -> {
            for (int start = 0; start < ids.size(); start += BATCH) {
                List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
                List<CaseFile> source = from.read(r -> load(r, batch));
                Writes w = Writes.batched(c); // each part's rows of the whole batch in one round trip
                for (CaseFile cf : source) {
                    CaseRow.insertKeepingId(w, cf);
                    if (owners.containsKey(cf.id())) {
                        w.update("UPDATE cases SET owner = ? WHERE id = ?", owners.get(cf.id()), cf.id());
                    }
                    ChildTables.write(w, cf, null);
                    SearchIndex.put(w, cf, null);
                    revisions[0] += cf.approval().revisions().size();
                }
                w.flush();
                sameInTarget(c, source); // the source read once: checked against what was just written
            }
            Writes log = Writes.batched(c);
            for (String[] row : audit) {
                log.update("INSERT INTO audit_log (seq, at, case_id, action, detail, prev_hash, hash, actor) VALUES (?,?,?,?,?,?,?,?)",
                        Long.parseLong(row[0]), row[1], Long.parseLong(row[2]), row[3], row[4], row[5], row[6], row[7]);
            }
            log.flush();
            if (Engine.of(c) == Engine.POSTGRESQL && !ids.isEmpty()) {
                // New cases continue after the copied ids.
                Sql.query(c, "SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases)) AS v", r -> r.lng("v"));
            }
            check(c, ids, audit.size());
            return new Result(ids.size(), revisions[0], audit.size());
        });
    }

    private static List<CaseFile> load(Connection c, List<Long> ids) throws SQLException {
        List<CaseFile> cases = new ArrayList<>();
        for (long id : ids) {
            for (CaseFile row : Sql.query(c, "SELECT * FROM cases WHERE id = ?", CaseRow::read, id)) {
                cases.add(ChildTables.read(c, row));
            }
        }
        return cases;
    }

    /** Every case of {@code source} reads back from the target the same, field by field and revision hash by hash. */
    private static void sameInTarget(Connection c, List<CaseFile> source) throws SQLException {
        List<CaseFile> target = load(c, source.stream().map(CaseFile::id).toList());
        for (int i = 0; i < source.size(); i++) {
            List<String> a = source.get(i).approval().revisions().stream().map(ApprovalRevision::sha256).toList();
            List<String> b = i < target.size() ? target.get(i).approval().revisions().stream().map(ApprovalRevision::sha256).toList() : null;
            if (!a.equals(b) || !source.get(i).equals(target.get(i))) {
                throw new StoreException("Case " + source.get(i).header().reference() + " differs in the copy. Nothing was copied.");
            }
        }
    }

    /** Inside the target's transaction, after every case: a difference throws, and the transaction is rolled back. */
    private static void check(Connection c, List<Long> ids, int auditEntries) throws SQLException {
        int copied = Sql.query(c, "SELECT count(*) AS n FROM cases", r -> r.integer("n")).get(0);
        if (copied != ids.size()) {
            throw new StoreException("The copy holds " + copied + " cases, not " + ids.size() + ". Nothing was copied.");
        }
        Optional<Long> broken = AuditLog.verify(c);
        int entries = Sql.query(c, "SELECT count(*) AS n FROM audit_log", r -> r.integer("n")).get(0);
        if (broken.isPresent() || entries != auditEntries) {
            throw new StoreException("The copied audit log does not check out" + broken.map(s -> " at entry " + s).orElse("")
                    + ". Nothing was copied.");
        }
    }
}
