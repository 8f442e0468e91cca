package io.turnaround.app;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.store.CaseStore;
import io.turnaround.store.StoreException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A store still being opened: the window is built while the case file opens on another thread,
 * and the first store call (always on the background worker) waits for it.
 */
final class DeferredCaseStore implements CaseStore {
    private final CompletableFuture<? extends CaseStore> store;

    DeferredCaseStore(CompletableFuture<? extends CaseStore> store) {
        this.store = store;
    }

    private CaseStore store() {
        try {
            return store.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("The case file could not be opened: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public CaseFile create(CaseFile draft) {
        return store().create(draft);
    }

    @Override
    public void save(CaseFile current, CaseFile lastSaved) {
        store().save(current, lastSaved);
    }

    @Override
    public Optional<CaseFile> load(long id) {
        return store().load(id);
    }

    @Override
    public List<CaseSummary> list() {
        return store().list();
    }

    @Override
    public int count(io.turnaround.domain.CaseQuery query) {
        return store().count(query);
    }

    @Override
    public List<CaseSummary> page(io.turnaround.domain.CaseQuery query, Long afterId, int offset, int limit) {
        return store().page(query, afterId, offset, limit);
    }

    @Override
    public List<io.turnaround.domain.CaseStats> stats() {
        return store().stats();
    }

    @Override
    public List<io.turnaround.domain.DueItem> openPromises() {
        return store().openPromises();
    }

    @Override
    public List<io.turnaround.domain.Commitment> allCommitments() {
        return store().allCommitments();
    }

    @Override
    public boolean markDone(io.turnaround.domain.DueItem item, java.time.Instant at) {
        return store().markDone(item, at);
    }

    @Override
    public List<io.turnaround.domain.SearchHit> search(String words, int limit) {
        return store().search(words, limit);
    }

    @Override
    public Optional<io.turnaround.domain.CaseEvent> lastEvent(long caseId) {
        return store().lastEvent(caseId);
    }

    @Override
    public AutoCloseable watch(java.util.function.LongConsumer changed) {
        CompletableFuture<AutoCloseable> handle = store.thenApply(s -> s.watch(changed));
        return () -> handle.thenAccept(h -> {
            try {
                h.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return store().delete(id);
    }

    @Override
    public void logAction(long caseId, String action, String detail) {
        store().logAction(caseId, action, detail);
    }

    @Override
    public List<ZonedDateTime> openCommitmentDates(long exceptCaseId) {
        return store().openCommitmentDates(exceptCaseId);
    }
}
