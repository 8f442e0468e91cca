package io.turnaround.store;

import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseMerge;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team library's store that keeps working when the server cannot be reached: a save that fails for want of a
 * connection is written at once to the {@link OfflineJournal} on this computer, and the message says so; the next
 * save that reaches the server (the autosave retries) clears it. What a kill left in the journal is written by
 * {@link #replay} at the next start, merged with what colleagues saved meanwhile.
 */
public final class JournaledCaseStore extends ForwardingCaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledCaseStore.class);
    private final CaseStore store;
    private final OfflineJournal journal;
    private final Clock clock;
    /** The cases with edits in the journal (so a save that lands clears only what is there). */
    private final Set<Long> kept = ConcurrentHashMap.newKeySet();

    public JournaledCaseStore(CaseStore store, OfflineJournal journal, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        journal.pending().forEach(e -> kept.add(e.newest().id()));
    }

    @Override
    public void save(CaseFile current, CaseFile lastSaved) {
        try {
            store.save(current, lastSaved);
        } catch (ConnectionLostException e) {
            journal.keep(lastSaved == null ? current : lastSaved, current);
            kept.add(current.id());
            throw new ConnectionLostException("Offline \u2014 saved on this computer. It goes to the team library as soon as the "
                    + "connection is back.", e);
        }
        if (kept.remove(current.id())) {
            journal.forget(current.id());
        }
    }

    /**
     * Writes what the journal holds, case by case in the order it was kept: over the version the edits started from
     * when no one changed the case since; else merged with the colleague's change (domain.CaseMerge), these edits kept
     * where both changed a field, and the audit log says so. A case approved or deleted meanwhile is left as it is.
     * Each entry is forgotten only once the server has it. Returns how many cases were written.
     */
    public int replay() {
        int written = 0;
        for (OfflineJournal.Entry entry : journal.pending()) {
            CaseFile base = entry.base();
            CaseFile mine = entry.newest();
            Optional<CaseFile> now = store.load(mine.id());
            if (now.isEmpty() || ApprovalFlow.isReadOnly(now.get()) && !ApprovalFlow.isReadOnly(mine)) {
                LOG.warn("Edits made offline to a case deleted or approved meanwhile were not written");
            } else if (Objects.equals(now.get().header().updatedAt(), base.header().updatedAt())) {
                store.save(mine, base);
                written++;
            } else {
                CaseFile theirs = now.get();
                CaseMerge.Result merged = CaseMerge.merge(base, mine, theirs);
                store.save(CaseMerge.after(merged.merged(), theirs, clock.instant()), theirs);
                if (!merged.clean()) {
                    store.logAction(mine.id(), "merged", "after working offline: " + merged.conflicts().stream()
                            .map(c -> c.path() + ": kept mine").collect(java.util.stream.Collectors.joining("; ")));
                }
                written++;
            }
            journal.forget(mine.id());
            kept.remove(mine.id());
        }
        return written;
    }

    @Override
    protected CaseStore delegate() {
        return store;
    }
}
