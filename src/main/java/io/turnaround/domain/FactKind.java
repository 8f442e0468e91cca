package io.turnaround.domain;

/** METHOD.md: keep facts apart from opinions. */
public enum FactKind {
    FACT,
    OPINION
}
