package io.turnaround.domain;

public enum CheckDownState {
    UNCHECKED,
    CONFIRMED,
    CORRECTED
}
