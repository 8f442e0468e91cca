package io.turnaround.ui.common;

import io.turnaround.domain.CaseMerge;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseStore;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The case open in the wizard: the single source of truth the step view models read and edit.
 * Every edit produces a new immutable snapshot and is saved continuously in the background;
 * {@link #flush()} is called before any navigation and before closing.
 */
public final class CaseSession {
    /** How long a burst of typing may run before it is saved. */
    public static final java.time.Duration AUTOSAVE_DELAY = AutoSaver.DELAY;

    private final ReadOnlyObjectWrapper<CaseFile> current;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final AutoSaver saver;
    private final Clock clock;
    private final CaseStore store;
    private final BackgroundTasks tasks;

    private final boolean writable;
    /** Above 0 while {@link #asOneEdit} runs: edits are collected and handed to the saver once, at the end. */
    private int oneEditDepth;
    private boolean editedInOne;

    public CaseSession(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Clock clock) {
        this(loaded, repository, tasks, clock, true);
    }

    /** @param writable false when another Turnaround writes to this data folder: nothing is ever changed */
    public CaseSession(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Clock clock, boolean writable) {
        this(loaded, repository, tasks, clock, writable, AutoSaver.DELAY);
    }

    /** @param autosaveDelay how long a burst of typing may run before it is saved (tests lengthen it to prove the flushes) */
    public CaseSession(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Clock clock, boolean writable,
                       java.time.Duration autosaveDelay) {
        this(loaded, repository, tasks, clock, writable, autosaveDelay, ConcurrentEdits.KEEP_MINE);
    }

    /** @param others what the person decides when someone else changed the case meanwhile (a team library) */
    public CaseSession(CaseFile loaded, CaseStore repository, BackgroundTasks tasks, Clock clock, boolean writable,
                       java.time.Duration autosaveDelay, ConcurrentEdits others) {
        this.others = others;
        this.writable = writable;
        this.current = new ReadOnlyObjectWrapper<>(loaded);
        this.clock = clock;
        this.store = repository;
        this.tasks = tasks;
        this.readOnly.set(!writable || ApprovalFlow.isReadOnly(loaded));
        this.saver = new AutoSaver(loaded, repository, tasks, autosaveDelay, (state, error) -> {
            // A late SAVED from an older snapshot must not hide newer unsaved edits.
            saveState.set(state == SaveState.SAVED && saver().hasUnsaved() ? SaveState.SAVING : state);
            saveError.set(error == null ? "" : error);
        }, (base, theirs, live) -> {
            try {
                mergeWith(base, theirs, live);
            } catch (RuntimeException e) {
                // Never left waiting for a merge that failed: saving goes on, what was typed stays in memory.
                saver().mergeFailed(e);
            }
        });
    }

    /**
     * Someone else saved this case since {@code base}, the version these edits started from: their changes and these are
     * brought together (domain.CaseMerge); fields both changed are the person's to decide, and the choice is recorded in
     * the audit log; the result is saved on top of theirs. An approved case stays as approved: the edits not saved are
     * said. A decision waits until the person leaves the field they are typing in (the status line says so; what they
     * type meanwhile is held on this computer, saves wait): nothing pops up mid-sentence, and the field keeps its text.
     */
    private void mergeWith(CaseFile base, CaseFile theirs, boolean live) {
        CaseFile mine = current.get();
        if (ApprovalFlow.isReadOnly(theirs) && !ApprovalFlow.isReadOnly(mine)) {
            List<CaseMerge.Conflict> notSaved = CaseMerge.changes(base, mine);
            if (!notSaved.isEmpty()) {
                others.approvedMeanwhile(notSaved);
            }
            adopt(theirs);
            return;
        }
        CaseMerge.Result first = CaseMerge.merge(base, mine, theirs);
        if (first.clean()) {
            finish(base, theirs, CaseMerge.Conflict::mine);
            return;
        }
        saveState.set(SaveState.DECIDE_LATER);
        others.whenFree(() -> ask(base, theirs));
    }

    /** Asks what to keep where both changed a field (who and when read on the worker), then merges and saves. */
    private void ask(CaseFile base, CaseFile theirs) {
        tasks.run(() -> {
            try {
                // The log's newest entry names them if it is that save's (written after it); else it is not known.
                java.time.Instant saved = theirs.header().updatedAt();
                return store.lastEvent(theirs.id()).filter(e -> saved == null || !e.at().isBefore(saved))
                        .map(io.turnaround.domain.CaseEvent::actor).orElse("");
            } catch (RuntimeException unknown) {
                return ""; // the question is asked all the same
            }
        }, who -> {
            try {
                // What is typed now, which may have settled the question while the person finished the field.
                CaseMerge.Result now = CaseMerge.merge(base, current.get(), theirs);
                finish(base, theirs, now.clean() ? CaseMerge.Conflict::mine
                        : others.decide(now.conflicts(), who, theirs.header().updatedAt()));
            } catch (RuntimeException e) {
                saver().mergeFailed(e);
            }
        });
    }

    /** Merges with the decisions made and saves the result on top of theirs (nothing written when nothing is added). */
    private void finish(CaseFile base, CaseFile theirs, Function<CaseMerge.Conflict, Object> decide) {
        if (saveState.get() == SaveState.DECIDE_LATER) {
            saveState.set(SaveState.SAVING); // decided: saving goes on
        }
        CaseFile mine = current.get();
        CaseMerge.Result result = CaseMerge.merge(base, mine, theirs, decide);
        if (!result.clean()) {
            logAction("merged", result.conflicts().stream().map(c -> c.path() + ": " + (Objects.equals(decide.apply(c), c.theirs())
                    ? "kept theirs" : Objects.equals(decide.apply(c), c.mine()) ? "kept mine" : "edited"))
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (CaseMerge.changes(theirs, result.merged()).isEmpty()) {
            adopt(theirs); // nothing of this window's to add: theirs as it is, nothing written back
            return;
        }
        CaseFile merged = CaseMerge.after(result.merged(), theirs, clock.instant());
        current.set(merged);
        readOnly.set(!writable || ApprovalFlow.isReadOnly(merged));
        saver.edited(merged);
        saver.rebase(theirs);
    }

    private void adopt(CaseFile theirs) {
        if (saveState.get() == SaveState.DECIDE_LATER) {
            saveState.set(SaveState.SAVED); // theirs as it is: nothing of this window's is left to save
        }
        current.set(theirs);
        readOnly.set(!writable || ApprovalFlow.isReadOnly(theirs));
        saver.adopt(theirs);
    }

    /** The case as someone else just saved it (a team library announced it): shown here, merged with what is typed. */
    public void changedElsewhere(CaseFile theirs) {
        if (theirs.id() == current.get().id()) {
            saver.changedElsewhere(theirs);
        }
    }

    private final ConcurrentEdits others;

    private AutoSaver saver() {
        return saver;
    }

    /** False in a read-only window: nothing of this session is ever written. */
    public boolean isWritable() {
        return writable;
    }

    public CaseFile current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<CaseFile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the case is approved: nothing changes until it is reopened. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /**
     * Applies an edit; a no-op edit changes nothing and saves nothing. An approved case is
     * read-only: edits are ignored until it is reopened. Call on the UI thread.
     */
    public void update(UnaryOperator<CaseFile> edit) {
        if (readOnly.get()) {
            return;
        }
        apply(edit);
    }

    /** A step of the approval loop (send, answer, reopen): allowed whatever the case's state. */
    public void updateWorkflow(UnaryOperator<CaseFile> step) {
        if (writable) {
            apply(step);
        }
    }

    /** Records an action in the case's audit log, after every edit made before it. */
    public void logAction(String action, String detail) {
        if (!writable) {
            return;
        }
        long id = current.get().id();
        flush();
        tasks.submit(() -> store.logAction(id, action, detail));
    }

    private void apply(UnaryOperator<CaseFile> edit) {
        CaseFile before = current.get();
        CaseFile after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        after = after.withHeader(after.header().withUpdatedAt(clock.instant()));
        current.set(after);
        readOnly.set(!writable || ApprovalFlow.isReadOnly(after));
        if (saveState.get() == SaveState.SAVED || saveState.get() == SaveState.SAVING) {
            saveState.set(SaveState.SAVING);
        }
        if (oneEditDepth > 0) {
            editedInOne = true;
        } else {
            saver.edited(after);
        }
    }

    /**
     * Runs {@code edits} (several updates: an item added and its add-line emptied) as one edit: the saver sees only the
     * end result, so a crash can never leave the item stored with its draft still there, or the draft gone without the item.
     */
    public void asOneEdit(Runnable edits) {
        oneEditDepth++;
        try {
            edits.run();
        } finally {
            oneEditDepth--;
            if (oneEditDepth == 0 && editedInOne) {
                editedInOne = false;
                saver.edited(current.get());
            }
        }
    }

    /** Saves now whatever is unsaved; completes when it is on disk (or the save failed and will be retried). */
    public CompletableFuture<Void> flush() {
        return saver.flush();
    }

    public boolean hasUnsavedEdits() {
        return saver.hasUnsaved();
    }
}
