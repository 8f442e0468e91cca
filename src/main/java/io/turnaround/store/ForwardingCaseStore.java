package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.SearchHit;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A store that hands every call to another ({@link #delegate()}): the base of stores that change one or two calls (a
 * store still being opened, one that keeps edits offline), so that a method added to {@link CaseStore} is forwarded
 * in one place.
 */
public abstract class ForwardingCaseStore implements CaseStore {
    /** The store every call goes to (it may be looked up, or waited for, on each call). */
    protected abstract CaseStore delegate();

    @Override
    public CaseFile create(CaseFile draft) {
        return delegate().create(draft);
    }

    @Override
    public void save(CaseFile current, CaseFile lastSaved) {
        delegate().save(current, lastSaved);
    }

    @Override
    public Optional<CaseFile> load(long id) {
        return delegate().load(id);
    }

    @Override
    public List<CaseSummary> list() {
        return delegate().list();
    }

    @Override
    public int count(io.turnaround.domain.CaseQuery query) {
        return delegate().count(query);
    }

    @Override
    public List<CaseSummary> page(io.turnaround.domain.CaseQuery query, Long afterId, int offset, int limit) {
        return delegate().page(query, afterId, offset, limit);
    }

    @Override
    public boolean reassign(long caseId, String role) {
        return delegate().reassign(caseId, role);
    }

    @Override
    public void hold(CaseFile base, CaseFile current) {
        delegate().hold(base, current);
    }

    @Override
    public void release(long caseId) {
        delegate().release(caseId);
    }

    @Override
    public boolean delete(long id) {
        return delegate().delete(id);
    }

    @Override
    public AutoCloseable watch(java.util.function.LongConsumer changed, Runnable connected) {
        return delegate().watch(changed, connected);
    }

    @Override
    public Optional<io.turnaround.domain.CaseEvent> lastEvent(long caseId) {
        return delegate().lastEvent(caseId);
    }

    @Override
    public void logAction(long caseId, String action, String detail) {
        delegate().logAction(caseId, action, detail);
    }

    @Override
    public List<ZonedDateTime> openCommitmentDates(long exceptCaseId) {
        return delegate().openCommitmentDates(exceptCaseId);
    }

    @Override
    public List<SearchHit> search(String words, int limit) {
        return delegate().search(words, limit);
    }

    @Override
    public List<io.turnaround.domain.DueItem> openPromises() {
        return delegate().openPromises();
    }

    @Override
    public List<io.turnaround.domain.Commitment> allCommitments() {
        return delegate().allCommitments();
    }

    @Override
    public boolean markDone(io.turnaround.domain.DueItem item, Instant at) {
        return delegate().markDone(item, at);
    }

    @Override
    public List<io.turnaround.domain.ComplaintRegister.Entry> complaints() {
        return delegate().complaints();
    }

    @Override
    public List<io.turnaround.domain.CaseStats> stats() {
        return delegate().stats();
    }
}
