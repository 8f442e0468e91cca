package io.turnaround.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An expectation the customer raised, and how it was negotiated.
 *
 * @param measure     how meeting it will be measured, once agreed
 * @param escalatedTo the manager it was escalated to, when escalated
 * @param history     each state it went through with the measure said in it, oldest first
 */
public record Expectation(
        String id,
        @CustomerVisible String text,
        ExpectationState state,
        @CustomerVisible String measure,
        @CustomerVisible String escalatedTo,
        List<ExpectationStep> history) {

    public Expectation {
        id = id == null ? Ids.newId() : id;
        text = Texts.orEmpty(text);
        state = state == null ? ExpectationState.VALIDATING : state;
        measure = Texts.orEmpty(measure);
        escalatedTo = Texts.orEmpty(escalatedTo);
        history = Texts.copy(history);
    }

    /** An expectation without a recorded history (stored before histories were kept). */
    public Expectation(String id, String text, ExpectationState state, String measure, String escalatedTo) {
        this(id, text, state, measure, escalatedTo, List.of());
    }

    /** A new expectation, as the customer raised it. */
    public static Expectation raised(String text, Instant at) {
        return new Expectation(null, text, ExpectationState.VALIDATING, "", "", List.of(new ExpectationStep(at, ExpectationState.VALIDATING, "")));
    }

    /**
     * The expectation moved on: a new state starts a new step of its history; a new measure in the same state rewrites
     * that step's measure (typing it is one step, not one per keystroke).
     */
    public Expectation updated(ExpectationState newState, String newMeasure, String newEscalatedTo, Instant at) {
        List<ExpectationStep> steps = new ArrayList<>(history);
        ExpectationStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (last != null && last.state() == newState) {
            steps.set(steps.size() - 1, new ExpectationStep(last.at(), newState, newMeasure));
        } else {
            steps.add(new ExpectationStep(at, newState, newMeasure));
        }
        return new Expectation(id, text, newState, newMeasure, newState == ExpectationState.ESCALATED ? newEscalatedTo : "", steps);
    }
}
