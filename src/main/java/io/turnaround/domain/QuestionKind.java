package io.turnaround.domain;

/** The four questions METHOD.md asks on every call, plus the manager's own. */
public enum QuestionKind {
    BIGGEST_PROBLEM,
    FOLLOW_ON_PROBLEMS,
    REMEDY_SOUGHT,
    TIME_ALLOWED,
    CUSTOM;

    public boolean isStanding() {
        return this != CUSTOM;
    }
}
