package io.turnaround.ui.prevention;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.domain.PreventionAction;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Prevention: what each side will do so it does not happen again, each with an owner, a due
 * date and a state; processes documented and trained from the documents; and checks, 30, 60 and
 * 90 days after an action is done, that it worked.
 */
public final class PreventionViewModel {
    static final int[] CHECK_DAYS = {30, 60, 90};

    private final CaseSession session;
    private final Clock clock;
    private final ObservableList<PreventionAction> actions;
    // The text fields of the add-action form are drafts: what is typed survives a crash before "Add".
    private final StringProperty what;
    private final ObjectProperty<ActionSide> side = new SimpleObjectProperty<>(ActionSide.OURS);
    private final StringProperty owner;
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty customerAuthority;

    public PreventionViewModel(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.what = CaseBindings.draft(session, DraftField.ACTION_WHAT);
        this.owner = CaseBindings.draft(session, DraftField.ACTION_OWNER);
        this.actions = FXCollections.observableArrayList(session.current().prevention().actions());
        this.customerAuthority = CaseBindings.text(session, c -> c.prevention().customerAuthority(),
                (c, v) -> c.withPrevention(new io.turnaround.domain.Prevention(c.prevention().actions(), v)));
    }

    public boolean add() {
        boolean[] added = {false};
        session.asOneEdit(() -> added[0] = addFromForm());
        return added[0];
    }

    private boolean addFromForm() {
        if (what.get().isBlank()) {
            return false;
        }
        actions.add(new PreventionAction(null, what.get().strip(), side.get(), owner.get().strip(), due.get(), ActionState.PLANNED,
                false, false, null, List.of()));
        save();
        what.set("");
        owner.set("");
        due.set(null);
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
            save();
        }
    }

    /**
     * Updates the action's state and flags. Done (or verified) stamps the day it was done, and
     * schedules the effectiveness checks if it has none yet; the dates stay editable.
     */
    public void update(int index, ActionState state, boolean document, boolean train) {
        if (index < 0 || index >= actions.size()) {
            return;
        }
        PreventionAction a = actions.get(index);
        boolean done = state == ActionState.DONE || state == ActionState.VERIFIED;
        LocalDate doneOn = done ? (a.doneOn() != null ? a.doneOn() : LocalDate.now(clock)) : null;
        List<EffectivenessCheck> checks = a.checks();
        if (done && checks.isEmpty()) {
            checks = new ArrayList<>();
            for (int days : CHECK_DAYS) {
                checks.add(new EffectivenessCheck(doneOn.plusDays(days), "", null));
            }
        }
        PreventionAction next = new PreventionAction(a.id(), a.what(), a.side(), a.owner(), a.dueOn(), state, document, train, doneOn,
                checks);
        replace(index, next);
    }

    /** Records a check's date, what was found, and whether it passed (null: not checked yet). */
    public void updateCheck(int actionIndex, int checkIndex, LocalDate dueOn, String result, Boolean passed) {
        if (actionIndex < 0 || actionIndex >= actions.size()) {
            return;
        }
        PreventionAction a = actions.get(actionIndex);
        if (checkIndex < 0 || checkIndex >= a.checks().size()) {
            return;
        }
        List<EffectivenessCheck> checks = new ArrayList<>(a.checks());
        checks.set(checkIndex, new EffectivenessCheck(dueOn, result, passed));
        replace(actionIndex, new PreventionAction(a.id(), a.what(), a.side(), a.owner(), a.dueOn(), a.state(), a.documentProcess(),
                a.trainFromDocument(), a.doneOn(), checks));
    }

    private void replace(int index, PreventionAction next) {
        if (!next.equals(actions.get(index))) {
            actions.set(index, next);
            save();
        }
    }

    private void save() {
        List<PreventionAction> list = List.copyOf(actions);
        session.update(c -> c.withPrevention(c.prevention().withActions(list)));
    }

    public ObservableList<PreventionAction> actions() {
        return actions;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public ObjectProperty<ActionSide> sideProperty() {
        return side;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty customerAuthorityProperty() {
        return customerAuthority;
    }
}
