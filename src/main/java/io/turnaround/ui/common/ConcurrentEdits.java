package io.turnaround.ui.common;

import io.turnaround.domain.CaseMerge;
import java.util.List;
import java.util.function.Function;

/**
 * What the person editing a case decides when someone else changed it meanwhile (a team library). Called on the UI
 * thread; what merges by itself never comes here.
 */
public interface ConcurrentEdits {
    /**
     * Both changed these fields: the value to keep for each (the conflict's mine or theirs, or a text of one's own).
     *
     * @param who  the colleague whose change it is (their role; empty when not known)
     * @param when when they saved it
     */
    Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, java.time.Instant when);

    /**
     * Runs {@code ask} (which calls {@link #decide}) now, or once the person leaves the field they are typing in: the
     * colleague's change waits, marked, meanwhile. Returns whether it waits.
     */
    default boolean whenFree(Runnable ask) {
        ask.run();
        return false;
    }

    /** The case was approved (or closed) meanwhile and is read-only: these edits of the person's were not saved. */
    void approvedMeanwhile(List<CaseMerge.Conflict> notSaved);

    /** Without anyone to ask (the command line, tests): keep one's own value, and say nothing. */
    ConcurrentEdits KEEP_MINE = new ConcurrentEdits() {
        @Override
        public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, java.time.Instant when) {
            return CaseMerge.Conflict::mine;
        }

        @Override
        public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
        }
    };
}
