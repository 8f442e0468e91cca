package io.turnaround.ui.prevention;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.PreventionAction;
import io.turnaround.ui.common.CaseSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Prevention: what each side will do so it does not happen again, each with an owner and a due date. */
public final class PreventionViewModel {
    private final CaseSession session;
    private final ObservableList<PreventionAction> actions;
    private final StringProperty what = new SimpleStringProperty("");
    private final ObjectProperty<ActionSide> side = new SimpleObjectProperty<>(ActionSide.OURS);
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();

    public PreventionViewModel(CaseSession session) {
        this.session = session;
        this.actions = FXCollections.observableArrayList(session.current().prevention().actions());
    }

    public boolean add() {
        if (what.get().isBlank()) {
            return false;
        }
        PreventionAction action = new PreventionAction(null, what.get().strip(), side.get(), owner.get().strip(), due.get(),
                ActionState.PLANNED, false, false, null, List.of());
        List<PreventionAction> next = new ArrayList<>(session.current().prevention().actions());
        next.add(action);
        session.update(c -> c.withPrevention(c.prevention().withActions(next)));
        actions.setAll(next);
        what.set("");
        owner.set("");
        due.set(null);
        return true;
    }

    public void remove(PreventionAction action) {
        List<PreventionAction> next = session.current().prevention().actions().stream()
                .filter(a -> !a.id().equals(action.id())).toList();
        session.update(c -> c.withPrevention(c.prevention().withActions(next)));
        actions.setAll(next);
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
}
