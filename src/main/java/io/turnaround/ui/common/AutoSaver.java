package io.turnaround.ui.common;

import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the newest version of a case continuously, on the background worker. Edits arrive on
 * the UI thread as immutable snapshots; at most one save is pending at a time and it always
 * writes the newest snapshot, so a burst of keystrokes costs one transaction. A failed save
 * keeps the snapshot in memory and is retried until it succeeds.
 */
final class AutoSaver {
    static final Duration DELAY = Duration.ofMillis(250);
    static final Duration RETRY = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(AutoSaver.class);

    private final CaseStore repository;
    private final BackgroundTasks tasks;
    /** Called on the UI thread with the new state and, when it failed, the reason. */
    private final BiConsumer<SaveState, String> onState;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile CaseFile latest;
    /** Written only on the worker; read by the UI thread for the status line. */
    private volatile CaseFile lastSaved;

    private final Duration delay;

    AutoSaver(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Duration delay, BiConsumer<SaveState, String> onState) {
        this.delay = delay;
        this.repository = repository;
        this.tasks = tasks;
        this.onState = onState;
        this.latest = loaded;
        this.lastSaved = loaded;
    }

    void edited(CaseFile snapshot) {
        latest = snapshot;
        if (scheduled.compareAndSet(false, true)) {
            tasks.schedule(delay, this::saveNow);
        }
    }

    /** Saves whatever is unsaved now, ahead of the delay; completes when it is on disk (or failed). */
    CompletableFuture<Void> flush() {
        return tasks.submit(this::saveNow);
    }

    private void saveNow() {
        scheduled.set(false);
        CaseFile snapshot = latest;
        if (snapshot == lastSaved) {
            return;
        }
        tasks.onUi(() -> onState.accept(SaveState.SAVING, null));
        try {
            repository.save(snapshot, lastSaved);
            lastSaved = snapshot;
            if (latest == snapshot) {
                tasks.onUi(() -> onState.accept(SaveState.SAVED, null));
            }
        } catch (RuntimeException e) {
            LOG.error("Saving a case failed; will retry: {}", e.getClass().getSimpleName());
            String reason = e.getMessage();
            tasks.onUi(() -> onState.accept(SaveState.FAILED, reason));
            if (scheduled.compareAndSet(false, true)) {
                tasks.schedule(RETRY, this::saveNow);
            }
        }
    }

    boolean hasUnsaved() {
        return latest != lastSaved;
    }
}
