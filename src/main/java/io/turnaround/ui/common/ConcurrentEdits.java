package io.turnaround.ui.common;

import io.turnaround.domain.CaseMerge;
import java.util.List;
import java.util.function.Function;

/**
 * What the person editing a case decides when someone else changed it meanwhile (a team library). Called on the UI
 * thread; what merges by itself never comes here.
 */
public interface ConcurrentEdits {
    /** Both changed these fields: the value to keep for each (the conflict's mine or theirs, or a text of one's own). */
    Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts);

    /** The case was approved (or closed) meanwhile and is read-only: these edits of the person's were not saved. */
    void approvedMeanwhile(List<CaseMerge.Conflict> notSaved);

    /** Without anyone to ask (the command line, tests): keep one's own value, and say nothing. */
    ConcurrentEdits KEEP_MINE = new ConcurrentEdits() {
        @Override
        public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts) {
            return CaseMerge.Conflict::mine;
        }

        @Override
        public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
        }
    };
}
