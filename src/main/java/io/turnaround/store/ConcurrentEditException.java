package io.turnaround.store;

import io.turnaround.domain.CaseFile;

/**
 * A save based on a version of the case that someone else has changed since: nothing was written. {@link #theirs()} is
 * the case as it now stands, to merge with (domain.CaseMerge) and save again on top of.
 */
public final class ConcurrentEditException extends StoreException {
    private final transient CaseFile theirs;

    public ConcurrentEditException(CaseFile theirs) {
        super("Someone else changed case " + theirs.header().reference() + " meanwhile; nothing was written over their change.");
        this.theirs = theirs;
    }

    public CaseFile theirs() {
        return theirs;
    }
}
