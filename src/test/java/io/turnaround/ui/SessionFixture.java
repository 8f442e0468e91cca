package io.turnaround.ui;

import io.turnaround.MutableClock;
import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A real store in a temporary folder and a session on one new case, for view model tests
 * without a window. UI callbacks run on the worker thread, which is fine without a toolkit.
 */
public final class SessionFixture implements AutoCloseable {
    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    public final Database db;
    public final CaseRepository repository;
    public final BackgroundTasks tasks = new BackgroundTasks(Runnable::run);
    public final CaseSession session;

    public SessionFixture(Path dir) {
        db = Database.openIn(dir);
        repository = new CaseRepository(db, clock);
        CaseFile stored = repository.create(CaseFile.start("", "Late delivery", "Acme", clock.instant()));
        session = new CaseSession(stored, repository, tasks, clock);
    }

    /** What the database holds for the session's case, after every queued save. */
    public CaseFile reloaded() {
        session.flush().join();
        return repository.load(session.current().id()).orElseThrow();
    }

    @Override
    public void close() {
        tasks.close();
        db.close();
    }
}
