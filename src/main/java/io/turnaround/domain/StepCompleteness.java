package io.turnaround.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a step counts as done enough to tick in the sidebar. The bar is the least METHOD.md asks
 * of each step, not perfection: a tick says "the essentials are here".
 */
public final class StepCompleteness {
    private StepCompleteness() {
    }

    public static boolean isComplete(Step step, CaseFile c) {
        return switch (step) {
            case LISTEN -> !c.listen().notes().isEmpty();
            case EMPATHIZE -> !c.empathize().reflectBack().isBlank();
            case ASK -> c.ask().questions().stream()
                    .filter(q -> q.kind().isStanding())
                    .allMatch(q -> !q.answer().isBlank());
            case PRODUCE -> c.produce().nextContact().isPresent()
                    && c.produce().commitments().stream().allMatch(k -> !k.what().isBlank());
            case FACTS -> !c.facts().isEmpty();
            case CONCLUSIONS -> c.conclusions().responsibility() != Responsibility.UNDECIDED
                    && (c.conclusions().scenarios().isEmpty() || c.conclusions().hasKeptScenario());
            case RESOLUTION -> !c.resolution().remedy().isBlank() && c.resolution().principle() != FairnessPrinciple.NONE;
            case PREVENTION -> !c.prevention().actions().isEmpty()
                    && c.prevention().actions().stream().allMatch(PreventionAction::isActionable);
            case APPROVAL -> c.approval().isApproved();
        };
    }

    public static Set<Step> completeSteps(CaseFile c) {
        Set<Step> done = EnumSet.noneOf(Step.class);
        Arrays.stream(Step.values()).filter(s -> isComplete(s, c)).forEach(done::add);
        return done;
    }
}
