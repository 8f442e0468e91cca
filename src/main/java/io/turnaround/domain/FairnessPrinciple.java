package io.turnaround.domain;

/**
 * The principles of a fair immediate resolution, in the manager's words (METHOD.md): the four of the method, and the
 * plainest case it leaves implicit — the mistake was entirely ours, so we put it right at our cost. Stored by name.
 */
public enum FairnessPrinciple {
    NONE,
    ENTIRELY_OURS,
    UNWRITTEN_AGREEMENT,
    CUSTOMER_MISSED_STEP,
    BOTH_MADE_MISTAKES,
    INFLATED_INVOICE_LINE
}
