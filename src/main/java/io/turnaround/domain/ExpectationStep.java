package io.turnaround.domain;

import java.time.Instant;

/**
 * One stage of an expectation's negotiation: where it stood from {@code at}, and the measure said then ("200
 * overnight", then "120 by 7 am and 80 by 2 pm", then agreed).
 */
public record ExpectationStep(Instant at, ExpectationState state, @CustomerVisible String measure) {
    public ExpectationStep {
        state = state == null ? ExpectationState.VALIDATING : state;
        measure = Texts.orEmpty(measure);
    }
}
