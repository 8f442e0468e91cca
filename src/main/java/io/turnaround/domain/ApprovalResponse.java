package io.turnaround.domain;

public enum ApprovalResponse {
    PENDING,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED
}
