package io.turnaround.ui.conclusions;

import io.turnaround.domain.Conclusions;
import io.turnaround.domain.Responsibility;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/** Conclusions: who left the right course, what we accept, and what stays an internal opinion. */
public final class ConclusionsViewModel {
    private final ObjectProperty<Responsibility> responsibility;
    private final StringProperty staffDeviation;
    private final StringProperty customerDeviation;
    private final StringProperty acceptedBlame;
    private final StringProperty canBeTold;
    private final StringProperty internalOpinion;

    public ConclusionsViewModel(CaseSession s) {
        responsibility = CaseBindings.value(s, c -> c.conclusions().responsibility(),
                (c, v) -> c.withConclusions(c.conclusions().withResponsibility(v)));
        staffDeviation = CaseBindings.text(s, c -> c.conclusions().staffDeviation(), (c, v) -> c.withConclusions(with(c.conclusions(), v, null)));
        customerDeviation = CaseBindings.text(s, c -> c.conclusions().customerDeviation(),
                (c, v) -> c.withConclusions(with(c.conclusions(), null, v)));
        acceptedBlame = CaseBindings.text(s, c -> c.conclusions().acceptedBlame(),
                (c, v) -> c.withConclusions(c.conclusions().withAcceptedBlame(v)));
        canBeTold = CaseBindings.text(s, c -> c.conclusions().canBeTold(), (c, v) -> c.withConclusions(c.conclusions().withCanBeTold(v)));
        internalOpinion = CaseBindings.text(s, c -> c.conclusions().internalOpinion(),
                (c, v) -> c.withConclusions(c.conclusions().withInternalOpinion(v)));
    }

    private static Conclusions with(Conclusions k, String staff, String customer) {
        return new Conclusions(k.breakdownFactId(), staff == null ? k.staffDeviation() : staff,
                customer == null ? k.customerDeviation() : customer, k.customerKnows(), k.canBeTold(), k.scenarios(),
                k.responsibility(), k.acceptedBlame(), k.internalOpinion(), k.causeCategory());
    }

    public ObjectProperty<Responsibility> responsibilityProperty() {
        return responsibility;
    }

    public StringProperty staffDeviationProperty() {
        return staffDeviation;
    }

    public StringProperty customerDeviationProperty() {
        return customerDeviation;
    }

    public StringProperty acceptedBlameProperty() {
        return acceptedBlame;
    }

    public StringProperty canBeToldProperty() {
        return canBeTold;
    }

    public StringProperty internalOpinionProperty() {
        return internalOpinion;
    }
}
