package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.SearchHit;
import io.turnaround.domain.CaseReference;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Saves and loads whole cases. Every method is one transaction. */
public final class CaseRepository implements CaseStore {
    private final Database db;
    private final Clock clock;

    public CaseRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores a new case and returns it with its id. A blank reference, or one already taken
     * (an imported case from another machine), is replaced by the next free one of this year.
     */
    @Override
    public CaseFile create(CaseFile draft) {
        return db.write(c -> insert(c, draft));
    }

    /**
     * Stores many new cases in one transaction (generated demo data, a bulk import): all of them, or none. The same rows
     * as {@link #create} one by one, sent as batches: ids reserved at once, references checked at once, each part's rows
     * of every case in one batch.
     */
    public int createAll(List<CaseFile> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            Writes w = Writes.batched(c);
            long[] ids = reserveIds(c, drafts.size());
            java.util.Set<String> used = takenReferences(c, drafts);
            int[] lastNumber = {-1};
            AuditLog.Appender log = AuditLog.appender(c);
            for (int i = 0; i < drafts.size(); i++) {
                String reference = drafts.get(i).header().reference();
                if (reference.isBlank() || !used.add(reference)) {
                    reference = nextFreeReference(c, used, lastNumber);
                    used.add(reference);
                }
                CaseFile stored = drafts.get(i).withHeader(drafts.get(i).header().withReference(reference)).withId(ids[i]);
                CaseRow.insertKeepingId(w, stored);
                ChildTables.write(w, stored, null);
                SearchIndex.put(w, stored, null);
                log.add(w, clock.instant(), stored.id(), "created", reference);
            }
            w.flush();
            return drafts.size();
        });
    }

    /**
     * Ids reserved now, for cases opened later while the team library cannot be reached: taken from the library's own
     * sequence, so no one else is ever given them.
     */
    public long[] reserveIds(int n) {
        return db.write(c -> reserveIds(c, n));
    }

    /**
     * Stores a case opened offline as it is: its reserved id, its reference, the audit log saying where it was opened.
     * Throws {@link ConcurrentEditException} with the stored case when that id is already stored (sent before, the
     * answer lost on the way): the caller merges, as with any save.
     */
    public CaseFile createKept(CaseFile made) {
        return db.write(c -> {
            List<CaseFile> there = Sql.query(c, "SELECT * FROM cases WHERE id = ?", CaseRow::read, made.id());
            if (!there.isEmpty()) {
                throw new ConcurrentEditException(ChildTables.read(c, there.get(0)));
            }
            CaseRow.insertKeepingId(c, made);
            ChildTables.write(c, made, null);
            SearchIndex.put(c, made, null);
            AuditLog.append(c, clock.instant(), made.id(), "created", made.header().reference() + " (opened offline)");
            return made;
        });
    }

    /** Ids for {@code n} new cases, as the engine would give them one by one. */
    private long[] reserveIds(Connection c, int n) throws SQLException {
        if (db.engine() == Engine.POSTGRESQL) {
            return Sql.query(c, "SELECT nextval(pg_get_serial_sequence('cases', 'id')) AS id FROM generate_series(1, ?)",
                    r -> r.lng("id"), n).stream().mapToLong(Long::longValue).toArray();
        }
        // SQLite gives a new row the highest id plus one; the write transaction keeps anyone else from taking them.
        long max = Sql.query(c, "SELECT coalesce(max(id), 0) AS m FROM cases", r -> r.lng("m")).get(0);
        return java.util.stream.LongStream.rangeClosed(max + 1, max + n).toArray();
    }

    /** Those of the drafts' references the library already holds. */
    private static java.util.Set<String> takenReferences(Connection c, List<CaseFile> drafts) throws SQLException {
        List<String> wanted = drafts.stream().map(d -> d.header().reference()).filter(r -> !r.isBlank()).distinct().toList();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int from = 0; from < wanted.size(); from += 500) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
            taken.addAll(Sql.query(c, "SELECT reference FROM cases WHERE reference IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", r -> r.text("reference"), chunk.toArray()));
        }
        return taken;
    }

    /** The next reference of this year that is neither in the library nor among {@code used}. */
    private String nextFreeReference(Connection c, java.util.Set<String> used, int[] lastNumber) throws SQLException {
        int year = clock.instant().atZone(ZoneId.systemDefault()).getYear();
        if (lastNumber[0] < 0) {
            lastNumber[0] = CaseReference.numberIn(nextReference(c), year).orElse(1) - 1;
        }
        String reference;
        do {
            reference = CaseReference.format(year, ++lastNumber[0]);
        } while (used.contains(reference));
        return reference;
    }

    private CaseFile insert(java.sql.Connection c, CaseFile draft) throws java.sql.SQLException {
        String reference = draft.header().reference();
        if (reference.isBlank() || referenceTaken(c, reference)) {
            reference = nextReference(c);
        }
        CaseFile withRef = draft.withHeader(draft.header().withReference(reference));
        long id = CaseRow.insert(c, withRef);
        CaseFile stored = withRef.withId(id);
        ChildTables.write(c, stored, null);
        SearchIndex.put(c, stored, null);
        AuditLog.append(c, clock.instant(), id, "created", reference);
        return stored;
    }

    /**
     * Saves the case. {@code lastSaved} is the version this one was edited from (as returned by
     * the previous save or load); lists equal to it are not rewritten. Pass null to rewrite all.
     */
    @Override
    public void save(CaseFile current, CaseFile lastSaved) {
        if (current.id() <= 0) {
            throw new IllegalArgumentException("save() needs a stored case; use create() first");
        }
        db.write(c -> {
            write(c, current, lastSaved);
            return null;
        });
    }

    /** One save inside the caller's transaction: never over someone else's change (see {@link #save}). */
    private void write(Connection c, CaseFile current, CaseFile lastSaved) throws SQLException {
        // Never over someone else's change: the row must still be the version this edit started from.
        if (!CaseRow.update(c, current, lastSaved == null ? null : lastSaved.header().updatedAt())) {
            List<CaseFile> now = Sql.query(c, "SELECT * FROM cases WHERE id = ?", CaseRow::read, current.id());
            if (now.isEmpty()) {
                throw new StoreException("Case " + current.header().reference() + " no longer exists; it was deleted.");
            }
            throw new ConcurrentEditException(ChildTables.read(c, now.get(0)));
        }
        ChildTables.write(c, current, lastSaved);
        SearchIndex.put(c, current, lastSaved);
        AuditLog.append(c, clock.instant(), current.id(), "edited", changedParts(lastSaved, current));
    }

    @Override
    public Optional<io.turnaround.domain.CaseEvent> lastEvent(long caseId) {
        return db.read(c -> Sql.query(c, "SELECT at, action, detail, actor FROM audit_log WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                r -> new io.turnaround.domain.CaseEvent(r.instant("at"), r.text("action"), r.text("detail"), r.text("actor")), caseId))
                .stream().findFirst();
    }

    @Override
    public AutoCloseable watch(java.util.function.LongConsumer changed, Runnable connected) {
        return db.listen(changed, connected);
    }

    /** Full-text search over every case: best matches first, each with a snippet around the match. */
    @Override
    public List<SearchHit> search(String words, int limit) {
        return db.read(c -> SearchIndex.search(c, words, limit));
    }

    /** One row of figures per case, for the dashboard and the customer view. */
    @Override
    public List<io.turnaround.domain.ComplaintRegister.Entry> complaints() {
        return db.read(ComplaintQueries::all);
    }

    @Override
    public List<io.turnaround.domain.CaseStats> stats() {
        return db.read(c -> StatsQueries.all(c, java.time.LocalDate.now(clock)));
    }

    /** Every open commitment and unfinished prevention action across the cases. */
    @Override
    public List<io.turnaround.domain.DueItem> openPromises() {
        return db.read(PromiseQueries::open);
    }

    /** Due and done times of every commitment, for "promises kept". */
    @Override
    public List<io.turnaround.domain.Commitment> allCommitments() {
        return db.read(PromiseQueries::all);
    }

    /** Marks one promise done, in its case, and records it; an approved case is left unchanged (it is read-only). */
    @Override
    public boolean markDone(io.turnaround.domain.DueItem item, Instant at) {
        Optional<CaseFile> found = load(item.caseId());
        if (found.isEmpty() || io.turnaround.domain.ApprovalFlow.isReadOnly(found.get())) {
            return false;
        }
        CaseFile before = found.get();
        CaseFile after = PromiseQueries.markDone(before, item, at, clock.getZone());
        if (after.equals(before)) {
            return true;
        }
        // The edit and what it was, in one transaction: a colleague's window reading the log's last entry on the change's
        // announcement finds "promise done" (with the promise's id; what it says stays in the case).
        db.write(c -> {
            write(c, after.withHeader(after.header().withUpdatedAt(at)), before);
            AuditLog.append(c, clock.instant(), item.caseId(), io.turnaround.domain.CaseEvent.PROMISE_DONE, item.itemId());
            return null;
        });
        return true;
    }

    @Override
    public Optional<CaseFile> load(long id) {
        return db.read(c -> {
            List<CaseFile> rows = Sql.query(c, "SELECT * FROM cases WHERE id = ?", CaseRow::read, id);
            return rows.isEmpty() ? Optional.empty() : Optional.of(ChildTables.read(c, rows.get(0)));
        });
    }

    /** Every case, newest first. */
    @Override
    public List<CaseSummary> list() {
        return db.read(c -> CaseListQuery.page(c, db.engine(), io.turnaround.domain.CaseQuery.ALL, null, 0, Integer.MAX_VALUE));
    }

    @Override
    public int count(io.turnaround.domain.CaseQuery query) {
        return db.read(c -> CaseListQuery.count(c, db.engine(), query));
    }

    @Override
    public List<CaseSummary> page(io.turnaround.domain.CaseQuery query, Long afterId, int offset, int limit) {
        return db.read(c -> CaseListQuery.page(c, db.engine(), query, afterId, offset, limit));
    }

    /**
     * Deletes a case and everything of it. A real case the customer approved is refused, with the reason: the approval
     * is a record the firm keeps. The same rule is a trigger in the database, which stays as the last line of defence.
     */
    @Override
    public boolean delete(long id) {
        return db.write(c -> {
            int before = Sql.query(c, "SELECT count(*) AS n FROM cases WHERE id = ?", r -> r.integer("n"), id).get(0);
            int approved = Sql.query(c, "SELECT count(*) AS n FROM revisions r JOIN cases k ON k.id = r.case_id "
                    + "WHERE r.case_id = ? AND r.response = " + Sql.literals(io.turnaround.domain.ApprovalResponse.APPROVED) + " AND k.is_sample = 0", r -> r.integer("n"), id).get(0);
            if (approved > 0) {
                throw new StoreException("An approved case cannot be deleted: the customer's approval is a record the firm keeps.");
            }
            // Revisions first, while the case row still says whether it is the sample.
            Sql.update(c, "DELETE FROM revisions WHERE case_id = ?", id);
            Sql.update(c, "DELETE FROM cases WHERE id = ?", id);
            SearchIndex.remove(c, id);
            if (before > 0) {
                AuditLog.append(c, clock.instant(), id, "deleted", "");
            }
            return before > 0;
        });
    }

    /** The parts of the case that differ, by name ("listen, produce"); what they say is not logged. */
    static String changedParts(CaseFile before, CaseFile after) {
        if (before == null) {
            return "all";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent rc : CaseFile.class.getRecordComponents()) {
            try {
                Object a = rc.getAccessor().invoke(before);
                Object b = rc.getAccessor().invoke(after);
                if (rc.getName().equals("header")) {
                    a = ((io.turnaround.domain.CaseHeader) a).withUpdatedAt(null);
                    b = ((io.turnaround.domain.CaseHeader) b).withUpdatedAt(null);
                }
                if (!java.util.Objects.equals(a, b)) {
                    parts.add(rc.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Hands a case to another manager of a team library (their PostgreSQL role), recorded in the audit log. False when
     * there is no such case.
     *
     * @throws StoreException in the case file on one computer, where cases have no owner
     */
    @Override
    public boolean reassign(long caseId, String role) {
        if (db.engine() != Engine.POSTGRESQL) {
            throw new StoreException("Cases have owners only in a team library; this is the case file on this computer.");
        }
        if (role == null || role.isBlank()) {
            throw new StoreException("Name the manager's role to hand the case to.");
        }
        return db.write(c -> {
            int changed = Sql.update(c, "UPDATE cases SET owner = ? WHERE id = ?", role.strip(), caseId);
            if (changed > 0) {
                AuditLog.append(c, clock.instant(), caseId, io.turnaround.domain.CaseEvent.REASSIGNED, role.strip());
            }
            return changed > 0;
        });
    }

    @Override
    public void logAction(long caseId, String action, String detail) {
        new AuditLog(db).record(clock.instant(), caseId, action, detail);
    }

    @Override
    public List<ZonedDateTime> openCommitmentDates(long exceptCaseId) {
        return db.read(c -> Sql.query(c, "SELECT k.due_at FROM commitments k JOIN cases c ON c.id = k.case_id "
                + "WHERE k.done_at IS NULL AND k.due_at IS NOT NULL AND k.case_id <> ? "
                + "AND c.status NOT IN (" + Sql.literals(CaseStatus.APPROVED, CaseStatus.CLOSED) + ")", r -> r.zoned("due_at"), exceptCaseId));
    }

    private static boolean referenceTaken(Connection c, String reference) throws SQLException {
        return !Sql.query(c, "SELECT 1 AS x FROM cases WHERE reference = ?", r -> r.integer("x"), reference).isEmpty();
    }

    private String nextReference(Connection c) throws SQLException {
        if (db.engine() == Engine.POSTGRESQL) {
            // Two managers opening a case at the same moment must not both take the next number: one at a time, until
            // the transaction ends (an advisory lock, which a manager's role may take; the case file has one writer).
            Sql.query(c, "SELECT 1 AS x FROM (SELECT pg_advisory_xact_lock(7316002)) AS locked", r -> r.integer("x"));
        }
        int year = clock.instant().atZone(ZoneId.systemDefault()).getYear();
        String prefix = CaseReference.yearPrefix(year);
        List<String> taken = Sql.query(c, "SELECT reference FROM cases WHERE reference LIKE ? || '%'", r -> r.text("reference"), prefix);
        int max = taken.stream().map(ref -> CaseReference.numberIn(ref, year).orElse(0)).max(Integer::compare).orElse(0);
        return CaseReference.format(year, max + 1);
    }
}
