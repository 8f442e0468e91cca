package io.turnaround.domain;

public enum ActionState {
    PLANNED,
    IN_PROGRESS,
    DONE,
    VERIFIED
}
