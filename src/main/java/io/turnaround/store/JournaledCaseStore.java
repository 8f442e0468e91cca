package io.turnaround.store;

import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseMerge;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseReference;
import io.turnaround.domain.CaseSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team library's store that keeps working when the library does not take what is written (no connection, a password
 * changed, a role's rights withdrawn, a schema upgraded by a newer version: {@link ConnectionLostException}):
 * <ul>
 * <li>a save the library does not take is written at once to the {@link OfflineJournal} on this computer, and the
 * message says so; the next save that reaches the server (the autosave retries) sends it, on top of the version the
 * offline edits started from — merged with a colleague's change made meanwhile, these edits kept where both changed a
 * field, and the audit log says so. What a kill left in the journal is sent by {@link #replay} at the next start;
 * <li>the cases read recently stay readable without a connection, and the list shows them (with those edited
 * offline), so a call can start on a train.
 * </ul>
 */
public final class JournaledCaseStore extends ForwardingCaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledCaseStore.class);
    /** A case read again within this long is not copied again (a copy costs a whole case's text). */
    private static final long REMEMBER_EVERY_MILLIS = 30_000;
    /** Ids kept on this computer for cases opened offline: topped up to this many while the library answers. */
    static final int SPARE_IDS = 5;
    private final CaseRepository store;
    private final OfflineJournal journal;
    private final Clock clock;
    /** The cases with edits in the journal (so a save that lands clears only what is there). */
    private final Set<Long> kept = ConcurrentHashMap.newKeySet();
    /** When each case was last copied for reading offline. */
    private final Map<Long, Long> remembered = new ConcurrentHashMap<>();

    public JournaledCaseStore(CaseRepository store, OfflineJournal journal, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.clock = clock;
        journal.pending().forEach(e -> kept.add(e.newest().id()));
    }

    @Override
    public synchronized void save(CaseFile current, CaseFile lastSaved) {
        Optional<OfflineJournal.Entry> entry = kept.contains(current.id()) ? journal.pending(current.id()) : Optional.empty();
        // Edits already in the journal started from its base, whatever version the window last saw.
        CaseFile base = entry.map(OfflineJournal.Entry::base).orElse(lastSaved);
        try {
            if (entry.isPresent()) {
                send(new OfflineJournal.Entry(base, current, entry.get().created()));
            } else {
                store.save(current, lastSaved);
            }
        } catch (ConnectionLostException e) {
            journal.keep(base == null ? current : base, current);
            kept.add(current.id());
            throw ConnectionLostException.keptHere(e);
        }
        if (kept.remove(current.id())) {
            journal.forget(current.id());
        }
        rememberNowAndThen(current);
    }

    /**
     * Writes edits made offline over the version they started from: as they are when no one changed the case since,
     * else merged with the colleague's change. Returns false when the case was approved meanwhile (left as approved;
     * the audit log says what was not written).
     */
    private boolean send(OfflineJournal.Entry entry) {
        CaseFile base = entry.base();
        CaseFile mine = entry.newest();
        try {
            if (entry.created()) {
                store.createKept(mine);
            } else {
                store.save(mine, base);
            }
            return true;
        } catch (ConcurrentEditException e) {
            CaseFile theirs = e.theirs();
            if (ApprovalFlow.isReadOnly(theirs) && !ApprovalFlow.isReadOnly(mine)) {
                LOG.warn("Edits made offline to a case approved meanwhile were not written");
                store.logAction(mine.id(), "not written", "edits made offline: the case was approved meanwhile");
                return false;
            }
            CaseMerge.Result merged = CaseMerge.merge(base, mine, theirs);
            store.save(CaseMerge.after(merged.merged(), theirs, clock.instant()), theirs);
            if (!merged.clean()) {
                store.logAction(mine.id(), "merged", "after working offline: " + merged.conflicts().stream()
                        .map(c -> c.path() + ": kept mine").collect(Collectors.joining("; ")));
            }
            return true;
        }
    }

    /**
     * Sends one entry kept on this computer: true when written, false when its case was deleted (or approved) meanwhile
     * and the edits are left out. A failure that may pass is thrown, and the entry stays for later.
     */
    private boolean sendKept(OfflineJournal.Entry entry) {
        try {
            return send(entry);
        } catch (ConnectionLostException e) {
            throw e;
        } catch (StoreException e) {
            if (entry.created() || store.load(entry.newest().id()).isPresent()) {
                throw e;
            }
            LOG.warn("Edits kept on this computer of a case deleted meanwhile were not written");
            return false;
        }
    }

    /**
     * Sends what the journal holds, case by case in the order it was kept (see {@link #save}). A case deleted meanwhile
     * is left deleted. Each entry is forgotten only once the server has it. Returns how many cases were written; stops
     * (and throws) at the first the library does not take, the rest kept for later.
     */
    public synchronized int replay() {
        int written = 0;
        for (OfflineJournal.Entry entry : journal.pending()) {
            CaseFile mine = entry.newest();
            if (sendKept(entry)) {
                written++;
            }
            journal.forget(mine.id());
            kept.remove(mine.id());
        }
        return written;
    }

    /**
     * A new case: stored in the library; while it cannot be reached, made on this computer with an id the library
     * reserved for it beforehand and a reference from that id (domain.CaseReference#offline), kept in the journal and
     * stored as it is once the library answers — so the customer can be told its reference on the call.
     */
    @Override
    public synchronized CaseFile create(CaseFile draft) {
        CaseFile stored;
        try {
            stored = store.create(draft);
        } catch (ConnectionLostException e) {
            long id = journal.takeSpareId().orElseThrow(() -> new ConnectionLostException(e.why(), "A new case cannot be opened "
                    + "now: the team library has not been reached from this computer yet. " + e.getMessage(), e));
            int year = clock.instant().atZone(java.time.ZoneId.systemDefault()).getYear();
            CaseFile made = draft.withId(id).withHeader(draft.header().withReference(CaseReference.offline(year, id)));
            journal.keepCreated(made);
            kept.add(id);
            return made;
        }
        topUpSpareIds();
        return stored;
    }

    /** Keeps ids for cases opened offline while the library answers (a failure leaves it for the next chance). */
    public void topUpSpareIds() {
        try {
            int missing = SPARE_IDS - journal.spareIds();
            if (missing > 0) {
                journal.addSpareIds(store.reserveIds(missing));
            }
        } catch (StoreException e) {
            LOG.info("Ids for cases opened offline not reserved now: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void hold(CaseFile base, CaseFile current) {
        journal.hold(base, current);
    }

    @Override
    public void release(long caseId) {
        journal.release(caseId);
    }

    /**
     * At start: what was typed while a decision about a colleague's change waited, when the app stopped before it was
     * made — merged with the case as it stands (these edits kept where both changed a field, and the log says so).
     * Returns how many cases were written.
     */
    public synchronized int replayHeld() {
        int written = 0;
        for (OfflineJournal.Entry entry : journal.held()) {
            if (kept.contains(entry.newest().id())) {
                journal.release(entry.newest().id()); // the offline journal's newer edits of it are sent instead
                continue;
            }
            if (sendKept(entry)) {
                written++;
            }
            journal.release(entry.newest().id());
        }
        return written;
    }

    /** Whether edits made on this computer are waiting for the team library. */
    public boolean hasKeptEdits() {
        return !kept.isEmpty();
    }

    @Override
    public Optional<CaseFile> load(long id) {
        if (kept.contains(id)) {
            Optional<OfflineJournal.Entry> entry = journal.pending(id);
            if (entry.isPresent()) {
                return Optional.of(entry.get().newest()); // newer than the server's: what was typed last
            }
        }
        try {
            Optional<CaseFile> loaded = store.load(id);
            loaded.ifPresentOrElse(this::remember, () -> journal.drop(id));
            return loaded;
        } catch (ConnectionLostException e) {
            Optional<CaseFile> copy = journal.recent(id);
            if (copy.isEmpty()) {
                throw new ConnectionLostException(e.why(), "This case was not read on this computer recently, so it cannot be "
                        + "opened until the team library answers. " + e.getMessage(), e);
            }
            return copy;
        }
    }

    private void remember(CaseFile c) {
        long now = clock.millis();
        remembered.put(c.id(), now);
        try {
            journal.remember(c, now);
        } catch (StoreException e) {
            LOG.warn("A case could not be kept readable offline: {}", e.getClass().getSimpleName());
        }
    }

    private void rememberNowAndThen(CaseFile c) {
        Long last = remembered.get(c.id());
        if (last == null || clock.millis() - last >= REMEMBER_EVERY_MILLIS) {
            remember(c);
        }
    }

    @Override
    public List<CaseSummary> list() {
        try {
            return store.list();
        } catch (ConnectionLostException e) {
            return offline(CaseQuery.ALL);
        }
    }

    @Override
    public int count(CaseQuery query) {
        try {
            return store.count(query);
        } catch (ConnectionLostException e) {
            return offline(query).size();
        }
    }

    @Override
    public List<CaseSummary> page(CaseQuery query, Long afterId, int offset, int limit) {
        try {
            return store.page(query, afterId, offset, limit);
        } catch (ConnectionLostException e) {
            List<CaseSummary> all = offline(query);
            int from = offset;
            if (afterId != null) {
                from = 0;
                while (from < all.size() && all.get(from).id() != afterId) {
                    from++;
                }
                from++;
            }
            return new ArrayList<>(all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size())));
        }
    }

    /** The list without a connection: the cases kept on this computer, edited offline or read recently. */
    private List<CaseSummary> offline(CaseQuery query) {
        Map<Long, CaseFile> cases = new LinkedHashMap<>();
        journal.pending().forEach(e -> cases.put(e.newest().id(), e.newest()));
        journal.recentCases().forEach(c -> cases.putIfAbsent(c.id(), c));
        CaseQuery anyOwner = query.ownedBy(""); // owners are not kept with the copies
        return cases.values().stream().map(c -> CaseSummary.of(c, "")).filter(anyOwner::matches).sorted(query.order()).toList();
    }

    /** Live updates, and what was kept offline sent as soon as the team library can be reached again. */
    @Override
    public AutoCloseable watch(java.util.function.LongConsumer changed, Runnable connected) {
        return store.watch(changed, () -> {
            if (hasKeptEdits()) {
                try {
                    int sent = replay();
                    LOG.info("Sent {} case(s) kept on this computer", sent);
                } catch (StoreException e) {
                    LOG.warn("Edits kept on this computer not sent yet: {}", e.getClass().getSimpleName());
                }
            }
            connected.run();
        });
    }

    @Override
    public boolean delete(long id) {
        boolean deleted = store.delete(id);
        journal.drop(id);
        return deleted;
    }

    @Override
    protected CaseStore delegate() {
        return store;
    }
}
