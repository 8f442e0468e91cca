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
 * A real store in a temporary folder and a session on one new case, for view model tests without a window. The test's
 * thread is the UI thread ({@link TestUiThread}); background work runs on the worker and comes back only when the test
 * waits for it with {@link #await} or {@link #settle}.
 */
public final class SessionFixture implements AutoCloseable {
    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
    public final Database db;
    public final CaseRepository repository;
    public final TestUiThread ui = new TestUiThread();
    public final BackgroundTasks tasks = new BackgroundTasks(ui);
    public final CaseSession session;

    public SessionFixture(Path dir) {
        db = Database.openIn(dir);
        repository = new CaseRepository(db, clock);
        CaseFile stored = repository.create(CaseFile.start("", "Late delivery", "Acme", clock.instant()));
        session = new CaseSession(stored, repository, tasks, clock);
    }

    /** What the database holds for the session's case, after every queued save. */
    public CaseFile reloaded() {
        await(session.flush());
        return repository.load(session.current().id()).orElseThrow();
    }

    /** Waits for background work, running what it hands back to the UI thread; returns its result. */
    public <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        return ui.await(future);
    }

    /** Waits until everything queued so far has run and handed back its results. */
    public void settle() {
        await(tasks.drain());
    }

    @Override
    public void close() {
        tasks.close();
        db.close();
    }
}
