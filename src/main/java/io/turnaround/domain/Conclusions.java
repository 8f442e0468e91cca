package io.turnaround.domain;

import java.util.List;

/**
 * The Conclusions step: where things broke down and who left the right course.
 *
 * @param breakdownFactId   the fact where the breakdown happened, or null
 * @param customerKnows     the manager's own assessment of what the customer already knows
 * @param canBeTold         what the customer can be told
 * @param internalOpinion   opinions kept apart from the facts, never sent
 */
public record Conclusions(
        String breakdownFactId,
        @CustomerVisible String staffDeviation,
        @CustomerVisible String customerDeviation,
        @Internal String customerKnows,
        @CustomerVisible String canBeTold,
        List<Scenario> scenarios,
        Responsibility responsibility,
        @CustomerVisible String acceptedBlame,
        @Internal String internalOpinion,
        @Internal String causeCategory) {

    public static final Conclusions EMPTY = new Conclusions(null, "", "", "", "", List.of(), Responsibility.UNDECIDED, "", "", "");

    public Conclusions {
        staffDeviation = Texts.orEmpty(staffDeviation);
        customerDeviation = Texts.orEmpty(customerDeviation);
        customerKnows = Texts.orEmpty(customerKnows);
        canBeTold = Texts.orEmpty(canBeTold);
        scenarios = Texts.copy(scenarios);
        responsibility = responsibility == null ? Responsibility.UNDECIDED : responsibility;
        acceptedBlame = Texts.orEmpty(acceptedBlame);
        internalOpinion = Texts.orEmpty(internalOpinion);
        causeCategory = Texts.orEmpty(causeCategory);
    }

    public Conclusions withBreakdownFactId(String value) {
        return new Conclusions(value, staffDeviation, customerDeviation, customerKnows, canBeTold, scenarios,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    public Conclusions withStaffDeviation(String value) {
        return new Conclusions(breakdownFactId, value, customerDeviation, customerKnows, canBeTold, scenarios,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    public Conclusions withCustomerDeviation(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, value, customerKnows, canBeTold, scenarios,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    public Conclusions withCustomerKnows(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, value, canBeTold, scenarios,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    /** Cause categories offered for reporting (the dashboard groups by them); the manager may type another. */
    public static final List<String> CAUSE_CATEGORIES = List.of("Care instructions", "Communication", "Delivery", "Documentation",
            "Invoicing", "Process not followed", "Product quality", "Training", "Third-party supplier");

    public Conclusions withCauseCategory(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, canBeTold, scenarios,
                responsibility, acceptedBlame, internalOpinion, value);
    }

    public Conclusions withResponsibility(Responsibility value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, canBeTold, scenarios,
                value, acceptedBlame, internalOpinion, causeCategory);
    }

    public Conclusions withAcceptedBlame(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, canBeTold, scenarios,
                responsibility, value, internalOpinion, causeCategory);
    }

    public Conclusions withInternalOpinion(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, canBeTold, scenarios,
                responsibility, acceptedBlame, value, causeCategory);
    }

    public Conclusions withCanBeTold(String value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, value, scenarios,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    public Conclusions withScenarios(List<Scenario> value) {
        return new Conclusions(breakdownFactId, staffDeviation, customerDeviation, customerKnows, canBeTold, value,
                responsibility, acceptedBlame, internalOpinion, causeCategory);
    }

    public boolean hasKeptScenario() {
        return scenarios.stream().anyMatch(Scenario::kept);
    }
}
