package io.turnaround.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The Produce step: what we will do next and the expectations raised. */
public record Produce(List<Commitment> commitments, List<Expectation> expectations) {
    public static final Produce EMPTY = new Produce(List.of(), List.of());

    public Produce {
        commitments = Texts.copy(commitments);
        expectations = Texts.copy(expectations);
    }

    /** The earliest open next-contact commitment that has a date: what the case list shows. */
    public Optional<Commitment> nextContact() {
        return commitments.stream()
                .filter(c -> c.nextContact() && c.isOpen() && c.dueAt() != null)
                .min(Comparator.comparing(c -> c.dueAt().toInstant()));
    }

    public Produce withCommitments(List<Commitment> value) {
        return new Produce(value, expectations);
    }

    public Produce withExpectations(List<Expectation> value) {
        return new Produce(commitments, value);
    }
}
