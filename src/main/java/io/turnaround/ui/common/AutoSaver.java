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
    /** The newest snapshot safe in the journal on this computer while the team library does not take it (offline). */
    private volatile CaseFile keptHere;

    private final Duration delay;
    /**
     * Called on the UI thread when someone else saved the case meanwhile: the version this one was based on, theirs, and
     * whether it was announced (live) rather than found by a refused save.
     */
    private final ConcurrentEditHandler onConcurrentEdit;

    interface ConcurrentEditHandler {
        void merge(CaseFile base, CaseFile theirs, boolean live);
    }
    /** Set on the worker when a save met someone else's change; no save until the session has merged ({@link #rebase}). */
    private volatile boolean merging;
    /** Whether edits were held on this computer while a decision waited (released by the next save). */
    private boolean held;

    AutoSaver(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Duration delay, BiConsumer<SaveState, String> onState,
              ConcurrentEditHandler onConcurrentEdit) {
        this.delay = delay;
        this.onConcurrentEdit = onConcurrentEdit;
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
        if (merging) {
            // The person decides later what to keep: what they type meanwhile is held on this computer.
            try {
                repository.hold(lastSaved, snapshot);
                held = true;
            } catch (RuntimeException e) {
                LOG.warn("Could not hold the edits on this computer: {}", e.getClass().getSimpleName());
            }
            return;
        }
        tasks.onUi(() -> onState.accept(SaveState.SAVING, null));
        try {
            repository.save(snapshot, lastSaved);
            lastSaved = snapshot;
            if (held) {
                held = false;
                repository.release(snapshot.id());
            }
            if (latest == snapshot) {
                tasks.onUi(() -> onState.accept(SaveState.SAVED, null));
            }
        } catch (io.turnaround.store.ConcurrentEditException e) {
            // Nothing written over their change; the session merges on the UI thread, then rebase() saves the result.
            merging = true;
            CaseFile base = lastSaved;
            tasks.onUi(() -> onConcurrentEdit.merge(base, e.theirs(), false));
        } catch (RuntimeException e) {
            boolean kept = e instanceof io.turnaround.store.ConnectionLostException lost && lost.keptOnThisComputer();
            if (kept) {
                LOG.info("Saved on this computer until the team library takes it");
            } else {
                LOG.error("Saving a case failed; will retry: {}", e.getClass().getSimpleName());
            }
            if (kept) {
                keptHere = snapshot;
            }
            String reason = e.getMessage();
            tasks.onUi(() -> onState.accept(kept ? SaveState.KEPT_HERE : SaveState.FAILED, reason));
            if (scheduled.compareAndSet(false, true)) {
                tasks.schedule(RETRY, this::saveNow);
            }
        }
    }

    /**
     * After a merge: the case as stored now ({@code theirs}) is what the next save builds on; the merged case was handed
     * over with {@link #edited} first. Call on the UI thread.
     */
    void rebase(CaseFile theirs) {
        tasks.submit(() -> {
            lastSaved = theirs;
            merging = false;
            saveNow();
        });
    }

    /**
     * The case as someone else just saved it (announced by a team library): merged on the UI thread unless it is this
     * window's own last save or a merge is under way.
     */
    void changedElsewhere(CaseFile theirs) {
        tasks.submit(() -> {
            if (merging || java.util.Objects.equals(theirs.header().updatedAt(), lastSaved.header().updatedAt())) {
                return;
            }
            merging = true;
            CaseFile base = lastSaved;
            tasks.onUi(() -> onConcurrentEdit.merge(base, theirs, true));
        });
    }

    /** Takes {@code theirs} as it is: nothing of this window's is unsaved. Call on the UI thread. */
    void adopt(CaseFile theirs) {
        latest = theirs;
        tasks.submit(() -> {
            lastSaved = theirs;
            merging = false;
            if (held) {
                held = false;
                repository.release(theirs.id()); // theirs taken as it is: nothing held is needed
            }
            saveNow(); // whatever was typed since the adoption
            if (latest == lastSaved) {
                tasks.onUi(() -> onState.accept(SaveState.SAVED, null)); // nothing of this window's is left to save
            }
        });
    }

    /**
     * A merge could not be made: the edits stay in memory, the status line says why, and saving is tried again after
     * the usual pause (which may meet the colleague's change again, and merge again).
     */
    void mergeFailed(RuntimeException failure) {
        LOG.error("Merging a colleague's change failed; will retry: {}", failure.getClass().getSimpleName());
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        tasks.onUi(() -> onState.accept(SaveState.FAILED, reason));
        tasks.schedule(RETRY, () -> {
            merging = false;
            saveNow();
        });
    }

    /** Saves go on as before (a live merge that needs a decision waits for the next save, which asks). */
    void resume() {
        tasks.submit(() -> {
            merging = false;
            saveNow();
        });
    }

    /** Whether something typed is neither on the library nor safe in the journal on this computer. */
    boolean hasUnsaved() {
        CaseFile now = latest;
        return now != lastSaved && now != keptHere;
    }
}
