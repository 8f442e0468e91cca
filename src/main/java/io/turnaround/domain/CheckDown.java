package io.turnaround.domain;

/** A fact restated to the customer and what they said of it. */
public record CheckDown(String id, @CustomerVisible String statement, CheckDownState state, @CustomerVisible String correction) {
    public CheckDown {
        id = id == null ? Ids.newId() : id;
        statement = Texts.orEmpty(statement);
        state = state == null ? CheckDownState.UNCHECKED : state;
        correction = Texts.orEmpty(correction);
    }
}
