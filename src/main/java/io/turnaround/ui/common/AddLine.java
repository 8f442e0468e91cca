package io.turnaround.ui.common;

import io.turnaround.domain.DraftField;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;

/**
 * An "add …" line (a problem, a question, a check-down, an expectation, a scenario): what is typed is the case's draft
 * for its field, saved as it is typed; Enter adds it and empties the line in one edit, so one save.
 */
public final class AddLine {
    private final CaseSession session;
    private final StringProperty text;
    private final Predicate<String> add;

    /** @param add adds the typed text to the case; false (and nothing added) when there is nothing to add */
    public AddLine(CaseSession session, DraftField field, Predicate<String> add) {
        this.session = session;
        this.text = CaseBindings.draft(session, field);
        this.add = add;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Adds what is typed and empties the line; false when nothing was added (a blank line). */
    public boolean enter() {
        boolean[] added = {false};
        session.asOneEdit(() -> {
            added[0] = add.test(text.get());
            if (added[0]) {
                text.set("");
            }
        });
        return added[0];
    }
}
