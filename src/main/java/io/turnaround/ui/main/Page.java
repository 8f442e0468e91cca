package io.turnaround.ui.main;

import io.turnaround.domain.Step;

/**
 * What the window shows: a page of the library, or the open case at one of its steps.
 *
 * @param step the step shown, for {@link Kind#CASE} only
 */
public record Page(Kind kind, Step step) {
    /** The pages of the window. */
    public enum Kind {
        CASES,
        CASE,
        DUE,
        DASHBOARD,
        CUSTOMERS
    }

    public static final Page CASES = new Page(Kind.CASES, null);

    public Page {
        if ((kind == Kind.CASE) != (step != null)) {
            throw new IllegalArgumentException("A step belongs to the case page, and the case page to a step");
        }
    }

    public static Page caseAt(Step step) {
        return new Page(Kind.CASE, step);
    }

    /** A page of the library: {@code kind} other than CASE. */
    public static Page library(Kind kind) {
        return new Page(kind, null);
    }
}
