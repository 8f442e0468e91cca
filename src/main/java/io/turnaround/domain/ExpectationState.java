package io.turnaround.domain;

/** Validate, negotiate, escalate (METHOD.md): where an expectation raised on the call stands. */
public enum ExpectationState {
    VALIDATING,
    AGREED,
    NEGOTIATING,
    ESCALATED
}
