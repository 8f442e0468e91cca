package io.turnaround.domain;

/**
 * An expectation the customer raised.
 *
 * @param measure     how meeting it will be measured, once agreed
 * @param escalatedTo the manager it was escalated to, when escalated
 */
public record Expectation(
        String id,
        @CustomerVisible String text,
        ExpectationState state,
        @CustomerVisible String measure,
        @CustomerVisible String escalatedTo) {

    public Expectation {
        id = id == null ? Ids.newId() : id;
        text = Texts.orEmpty(text);
        state = state == null ? ExpectationState.VALIDATING : state;
        measure = Texts.orEmpty(measure);
        escalatedTo = Texts.orEmpty(escalatedTo);
    }
}
