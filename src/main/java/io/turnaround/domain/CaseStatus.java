package io.turnaround.domain;

/** Where a case stands, in the order a case normally moves through them. */
public enum CaseStatus {
    OPEN_ON_CALL,
    INVESTIGATING,
    AWAITING_APPROVAL,
    APPROVED,
    CLOSED;

    /** Open cases are the ones whose promises still count as pending. */
    public boolean isOpen() {
        return this != APPROVED && this != CLOSED;
    }
}
