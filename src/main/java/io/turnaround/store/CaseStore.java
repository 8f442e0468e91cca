package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.SearchHit;
import io.turnaround.domain.CaseSummary;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the UI needs of the store: whole cases in and out. {@link CaseRepository} is the SQLite
 * implementation; tests substitute failing or slow ones.
 */
public interface CaseStore {
    /** Stores a new case and returns it with its id and reference. */
    CaseFile create(CaseFile draft);

    /**
     * Saves {@code current}; parts equal to {@code lastSaved} may be skipped. Throws {@link ConcurrentEditException} when
     * the case is no longer {@code lastSaved} (someone else saved it since: nothing is written),
     * {@link ConnectionLostException} when a team library does not take it now (offline, a password or a role changed, a
     * newer schema; {@link ConnectionLostException#keptOnThisComputer()} when it is safe in the journal meanwhile),
     * {@link StoreException} when it cannot be saved.
     */
    void save(CaseFile current, CaseFile lastSaved);

    Optional<CaseFile> load(long id);

    /** Every case, newest first (the command line's list; the window asks for a page at a time). */
    List<CaseSummary> list();

    /** How many cases the query finds. */
    int count(io.turnaround.domain.CaseQuery query);

    /**
     * Up to {@code limit} cases the query finds, in its order: those after the case {@code afterId} (the last one of
     * the page before) when it is given, else from position {@code offset}.
     */
    List<CaseSummary> page(io.turnaround.domain.CaseQuery query, Long afterId, int offset, int limit);

    boolean delete(long id);

    /**
     * Calls {@code changed} (on a thread of the store's, not the UI's) with the id of each case someone else changes, until
     * the handle is closed: a team library announces them; the case file on one computer has no one else.
     */
    default AutoCloseable watch(java.util.function.LongConsumer changed) {
        return watch(changed, () -> { });
    }

    /**
     * As {@link #watch(java.util.function.LongConsumer)}, and calls {@code connected} (on the same thread) each time the
     * team library can be reached again after it could not, and once when watching starts on a library that answers.
     */
    default AutoCloseable watch(java.util.function.LongConsumer changed, Runnable connected) {
        return () -> { };
    }

    /**
     * Holds on this computer the edits typed while the person decides what to keep of a colleague's change (a team
     * library keeps them in its journal; the next start sends them should the app stop before the decision).
     */
    default void hold(CaseFile base, CaseFile current) {
    }

    /** The held edits of this case are saved: no longer needed. */
    default void release(long caseId) {
    }

    /**
     * Hands a case to another manager of a team library (their role), recorded in the audit log; false when there is no
     * such case. The case file on one computer has no owners: it refuses.
     */
    default boolean reassign(long caseId, String role) {
        throw new StoreException("Cases have owners only in a team library; this is the case file on this computer.");
    }

    /** The newest entry of the case's audit log: what was last done to it, and by whom. */
    Optional<io.turnaround.domain.CaseEvent> lastEvent(long caseId);

    /** Appends an action that is not an edit (such as reopening an approved case) to the case's audit log. */
    void logAction(long caseId, String action, String detail);

    /** Due dates of open commitments in every case but {@code exceptCaseId}: the manager's load. */
    List<ZonedDateTime> openCommitmentDates(long exceptCaseId);

    /** Full-text search over every case: best matches first, each with a snippet around the match. */
    List<SearchHit> search(String words, int limit);

    /** Every open commitment and unfinished prevention action across the cases. */
    List<io.turnaround.domain.DueItem> openPromises();

    /** Due and done times of every commitment, for "promises kept". */
    List<io.turnaround.domain.Commitment> allCommitments();

    /** Marks one promise done in its case; false when the case is read-only (approved) or gone. */
    boolean markDone(io.turnaround.domain.DueItem item, java.time.Instant at);

    /** Every regulated complaint with what the complaint register reads of it (its redress and letters sent). */
    List<io.turnaround.domain.ComplaintRegister.Entry> complaints();

    /** One row of figures per case, for the dashboard and the customer view. */
    List<io.turnaround.domain.CaseStats> stats();
}
