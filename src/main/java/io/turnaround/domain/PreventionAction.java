package io.turnaround.domain;

import java.time.LocalDate;
import java.util.List;

/** What one side will do so that the problem does not happen again. */
public record PreventionAction(
        String id,
        @CustomerVisible String what,
        ActionSide side,
        @CustomerVisible String owner,
        LocalDate dueOn,
        ActionState state,
        boolean documentProcess,
        boolean trainFromDocument,
        LocalDate doneOn,
        List<EffectivenessCheck> checks) {

    public PreventionAction {
        id = id == null ? Ids.newId() : id;
        what = Texts.orEmpty(what);
        side = side == null ? ActionSide.OURS : side;
        owner = Texts.orEmpty(owner);
        state = state == null ? ActionState.PLANNED : state;
        checks = Texts.copy(checks);
    }

    /** An action the customer can rely on names who does it and by when. */
    public boolean isActionable() {
        return !what.isBlank() && !owner.isBlank() && dueOn != null;
    }
}
