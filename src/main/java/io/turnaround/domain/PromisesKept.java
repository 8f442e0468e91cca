package io.turnaround.domain;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * "Promises kept": of the commitments whose time has come — done, or due before now — the share done by their
 * due time. A commitment not yet due and not done counts neither way.
 */
public final class PromisesKept {
    /** Counted commitments and kept ones. */
    public record Tally(int counted, int kept) {
        public OptionalDouble share() {
            return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept / counted);
        }
    }

    private PromisesKept() {
    }

    public static Tally of(List<Commitment> commitments, Instant now) {
        int counted = 0;
        int kept = 0;
        for (Commitment c : commitments) {
            if (c.dueAt() == null) {
                continue;
            }
            Instant due = c.dueAt().toInstant();
            if (c.doneAt() != null) {
                counted++;
                if (!c.doneAt().isAfter(due)) {
                    kept++;
                }
            } else if (due.isBefore(now)) {
                counted++;
            }
        }
        return new Tally(counted, kept);
    }
}
