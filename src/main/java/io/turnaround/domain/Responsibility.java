package io.turnaround.domain;

public enum Responsibility {
    UNDECIDED,
    OURS,
    CUSTOMERS,
    BOTH,
    NEITHER,
    THIRD_PARTY
}
