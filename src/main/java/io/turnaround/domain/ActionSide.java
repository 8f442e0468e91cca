package io.turnaround.domain;

/** Who carries out a prevention action: METHOD.md asks both sides to act, even when the customer caused it. */
public enum ActionSide {
    OURS,
    CUSTOMERS,
    BOTH
}
