package io.turnaround.ui.common;

/** What the status line says about the open case. */
public enum SaveState {
    SAVED,
    SAVING,
    /** Not on the team library yet, but safe in the journal on this computer (offline): sent once it takes it again. */
    KEPT_HERE,
    /** A colleague changed the field being typed in too: the choice waits until the person leaves it; saves wait too. */
    DECIDE_LATER,
    FAILED
}
