package io.turnaround.domain;

/** The four principles of a fair immediate resolution, in the manager's words (METHOD.md). */
public enum FairnessPrinciple {
    NONE,
    UNWRITTEN_AGREEMENT,
    CUSTOMER_MISSED_STEP,
    BOTH_MADE_MISTAKES,
    INFLATED_INVOICE_LINE
}
