package io.turnaround.domain;

/** What a final response decides, in the words the FCA's rules use (DISP 1.6.2R, 1 Annex 3R). */
public enum ComplaintOutcome {
    /** Not decided yet. */
    NONE,
    /** The complaint is upheld and redress offered. */
    UPHELD,
    /** Redress offered without accepting the complaint. */
    REDRESS_WITHOUT_ACCEPTING,
    /** The complaint is rejected, with reasons. */
    REJECTED;

    /** Upheld as the complaint returns count it: the firm accepted the complaint. */
    public boolean upheld() {
        return this == UPHELD;
    }
}
