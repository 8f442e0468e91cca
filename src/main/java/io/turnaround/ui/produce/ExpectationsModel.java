package io.turnaround.ui.produce;

import io.turnaround.domain.Expectation;
import io.turnaround.domain.ExpectationState;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.AddLine;
import io.turnaround.ui.common.CaseSession;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The expectations ledger — validate, negotiate, escalate (METHOD.md): each expectation the
 * customer raised, where it stands, how it will be measured, and to whom it was escalated.
 */
public final class ExpectationsModel {
    private final CaseSession session;
    private final java.time.Clock clock;
    private final ObservableList<Expectation> items;
    private final AddLine line;

    ExpectationsModel(CaseSession session, java.time.Clock clock) {
        this.session = session;
        this.clock = clock;
        this.items = FXCollections.observableArrayList(session.current().produce().expectations());
        this.line = new AddLine(session, DraftField.PRODUCE_EXPECTATION, this::add);
    }

    /** The "add an expectation" line: typed text kept as a draft, Enter adds it. */
    public AddLine line() {
        return line;
    }

    public boolean add(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        items.add(Expectation.raised(text.strip(), clock.instant()));
        save();
        return true;
    }

    /** Replaces the expectation at {@code index} (state, measure, escalated to). */
    public void update(int index, ExpectationState state, String measure, String escalatedTo) {
        if (index < 0 || index >= items.size()) {
            return;
        }
        Expectation e = items.get(index);
        Expectation next = e.updated(state, measure, escalatedTo, clock.instant());
        if (!next.equals(e)) {
            items.set(index, next);
            save();
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
            save();
        }
    }

    private void save() {
        List<Expectation> list = List.copyOf(items);
        session.update(c -> c.withProduce(c.produce().withExpectations(list)));
    }

    public ObservableList<Expectation> items() {
        return items;
    }
}
