package io.turnaround.ui.empathize;

import io.turnaround.domain.Empathize;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/** Empathize: the reflect-back and whether (and when) it was said on the call. */
public final class EmpathizeViewModel {
    private final StringProperty reflectBack;
    private final ObjectProperty<Instant> saidAt;
    private final BooleanProperty said;

    public EmpathizeViewModel(CaseSession session, Clock clock) {
        reflectBack = CaseBindings.text(session, c -> c.empathize().reflectBack(),
                (c, v) -> c.withEmpathize(new Empathize(v, c.empathize().saidOnCallAt())));
        saidAt = CaseBindings.value(session, c -> c.empathize().saidOnCallAt(),
                (c, v) -> c.withEmpathize(new Empathize(c.empathize().reflectBack(), v)));
        said = new SimpleBooleanProperty(saidAt.get() != null);
        said.addListener((obs, was, is) -> saidAt.set(is ? clock.instant() : null));
    }

    public StringProperty reflectBackProperty() {
        return reflectBack;
    }

    public BooleanProperty saidProperty() {
        return said;
    }

    public ObjectProperty<Instant> saidAtProperty() {
        return saidAt;
    }
}
