package io.turnaround.ui.resolution;

import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.Resolution;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Immediate resolution: our remedy beside what the customer asked for, the fairness principle,
 * and the costs. Amounts are parsed here; a negative or non-numeric one is refused with the reason.
 */
public final class ResolutionViewModel {
    private final CaseSession session;
    private final StringProperty remedy;
    private final ObjectProperty<FairnessPrinciple> principle;
    private final StringProperty ourCost = new SimpleStringProperty();
    private final StringProperty customerCost = new SimpleStringProperty();
    private final StringProperty currency = new SimpleStringProperty();
    private final ReadOnlyStringWrapper costError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestedRemedy = new ReadOnlyStringWrapper();

    public ResolutionViewModel(CaseSession session) {
        this.session = session;
        Resolution r = session.current().resolution();
        requestedRemedy.set(session.current().ask().answerTo(QuestionKind.REMEDY_SOUGHT));
        remedy = CaseBindings.text(session, c -> c.resolution().remedy(), (c, v) -> c.withResolution(c.resolution().withRemedy(v)));
        principle = CaseBindings.value(session, c -> c.resolution().principle(),
                (c, v) -> c.withResolution(c.resolution().withPrinciple(v)));
        ourCost.set(r.ourCost() == null ? "" : r.ourCost().toPlainString());
        customerCost.set(r.customerCost() == null ? "" : r.customerCost().toPlainString());
        currency.set(r.currency());
        ourCost.addListener((o, a, b) -> saveCosts());
        customerCost.addListener((o, a, b) -> saveCosts());
        currency.addListener((o, a, b) -> saveCosts());
    }

    private void saveCosts() {
        try {
            BigDecimal ours = AmountParser.parse(ourCost.get());
            BigDecimal theirs = AmountParser.parse(customerCost.get());
            String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
            costError.set("");
            session.update(c -> c.withResolution(c.resolution().withCosts(ours, theirs, code)));
        } catch (IllegalArgumentException e) {
            costError.set(e.getMessage());
        }
    }

    public StringProperty remedyProperty() {
        return remedy;
    }

    public ObjectProperty<FairnessPrinciple> principleProperty() {
        return principle;
    }

    public StringProperty ourCostProperty() {
        return ourCost;
    }

    public StringProperty customerCostProperty() {
        return customerCost;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ReadOnlyStringProperty costErrorProperty() {
        return costError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestedRemedyProperty() {
        return requestedRemedy.getReadOnlyProperty();
    }
}
