package io.turnaround.domain;

/** "The customer is always right" or "propose a better solution" (METHOD.md, Immediate resolution). */
public enum Stance {
    UNDECIDED,
    CUSTOMER_IS_RIGHT,
    PROPOSE_BETTER_SOLUTION
}
