package io.turnaround.ui.common;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.DraftField;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Properties a view model exposes for one field of the case: initialised from the session,
 * and every change written back as an edit (and so saved).
 */
public final class CaseBindings {
    private CaseBindings() {
    }

    public static StringProperty text(CaseSession session, Function<CaseFile, String> get,
                                      BiFunction<CaseFile, String, CaseFile> set) {
        StringProperty p = new SimpleStringProperty(get.apply(session.current()));
        follow(session, p, get, (c, v) -> set.apply(c, v == null ? "" : v));
        return p;
    }

    /**
     * The text of an add-line or add-form field, kept as the case's draft for {@code field}: restored when the case opens,
     * saved as it is typed. Emptying it (after the item is entered) removes the draft.
     */
    public static StringProperty draft(CaseSession session, DraftField field) {
        return text(session, c -> c.draft(field), (c, text) -> c.withDraft(field, text));
    }

    public static <T> ObjectProperty<T> value(CaseSession session, Function<CaseFile, T> get,
                                              BiFunction<CaseFile, T, CaseFile> set) {
        ObjectProperty<T> p = new SimpleObjectProperty<>(get.apply(session.current()));
        follow(session, p, get, set);
        return p;
    }

    /**
     * Writes every change of {@code p} into the case, and shows every change of the case made elsewhere (the approval
     * loop setting the status, a command from the menu) in {@code p} at once. A change never echoes back: while one
     * side is being written, the other is not listened to, so a field being typed in is never reset under the caret.
     */
    private static <T> void follow(CaseSession session, javafx.beans.property.Property<T> p, Function<CaseFile, T> get,
                                   BiFunction<CaseFile, T, CaseFile> set) {
        boolean[] syncing = {false};
        p.addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    session.update(c -> set.apply(c, now));
                } finally {
                    syncing[0] = false;
                }
            }
        });
        session.currentProperty().addListener((obs, was, c) -> {
            T value = get.apply(c);
            if (!syncing[0] && !java.util.Objects.equals(value, p.getValue())) {
                syncing[0] = true;
                try {
                    p.setValue(value);
                } finally {
                    syncing[0] = false;
                }
            }
        });
    }
}
