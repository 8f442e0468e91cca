package io.turnaround.ui.common;

/** What the status line says about the open case. */
public enum SaveState {
    SAVED,
    SAVING,
    FAILED
}
