package io.turnaround.ui.common;

import io.turnaround.domain.CaseFile;
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
        p.addListener((obs, old, now) -> session.update(c -> set.apply(c, now == null ? "" : now)));
        return p;
    }

    public static <T> ObjectProperty<T> value(CaseSession session, Function<CaseFile, T> get,
                                              BiFunction<CaseFile, T, CaseFile> set) {
        ObjectProperty<T> p = new SimpleObjectProperty<>(get.apply(session.current()));
        p.addListener((obs, old, now) -> session.update(c -> set.apply(c, now)));
        return p;
    }
}
