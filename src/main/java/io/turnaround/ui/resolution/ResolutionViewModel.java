package io.turnaround.ui.resolution;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.FairnessAdvice;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.Resolution;
import io.turnaround.domain.Stance;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.TypedInput;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Immediate resolution: our remedy beside what the customer asked for, the fairness principle
 * (suggested from the conclusions), the costs, and the stance the three questions recommend.
 * Amounts are parsed here; a negative or non-numeric one is refused with the reason.
 */
public final class ResolutionViewModel {
    private final CaseSession session;
    private final StringProperty remedy;
    private final ObjectProperty<FairnessPrinciple> principle;
    private final BooleanProperty verbalAgreement;
    private final StringProperty invoiceLine;
    private final StringProperty termsReferences;
    private final StringProperty ourCost = new SimpleStringProperty();
    private final StringProperty customerCost = new SimpleStringProperty();
    private final StringProperty currency = new SimpleStringProperty();
    private final ObjectProperty<Boolean> factsQuick = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> findingDearer = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> couldHurt = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper costError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestedRemedy = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<FairnessPrinciple> suggested = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stance> stance = new ReadOnlyObjectWrapper<>();

    public ResolutionViewModel(CaseSession session) {
        this.session = session;
        Resolution r = session.current().resolution();
        remedy = CaseBindings.text(session, c -> c.resolution().remedy(), (c, v) -> c.withResolution(c.resolution().withRemedy(v)));
        principle = CaseBindings.value(session, c -> c.resolution().principle(),
                (c, v) -> c.withResolution(c.resolution().withPrinciple(v)));
        verbalAgreement = new SimpleBooleanProperty(r.verbalAgreementNotWritten());
        verbalAgreement.addListener((o, a, v) -> session.update(c -> c.withResolution(c.resolution().withVerbalAgreementNotWritten(v))));
        invoiceLine = CaseBindings.text(session, c -> c.resolution().invoiceLine(),
                (c, v) -> c.withResolution(c.resolution().withInvoiceLine(v)));
        termsReferences = CaseBindings.text(session, c -> c.resolution().termsReferences(),
                (c, v) -> c.withResolution(c.resolution().withTermsReferences(v)));
        ourCost.set(r.ourCost() == null ? "" : r.ourCost().toPlainString());
        customerCost.set(r.customerCost() == null ? "" : r.customerCost().toPlainString());
        currency.set(r.currency());
        factsQuick.set(r.factsQuickToAssess());
        findingDearer.set(r.factFindingDearerThanRemedy());
        couldHurt.set(r.requestCouldHurtCustomer());
        ourCost.addListener((o, a, b) -> saveCosts());
        customerCost.addListener((o, a, b) -> saveCosts());
        currency.addListener((o, a, b) -> saveCosts());
        factsQuick.addListener((o, a, b) -> saveStance());
        findingDearer.addListener((o, a, b) -> saveStance());
        couldHurt.addListener((o, a, b) -> saveStance());
        // The customer's requested remedy comes from Ask; it is kept with the resolution it is weighed against.
        String asked = session.current().ask().answerTo(QuestionKind.REMEDY_SOUGHT);
        session.update(c -> c.withResolution(c.resolution().withRequestedRemedy(asked)));
        refresh(session.current());
        session.currentProperty().addListener((o, a, c) -> refresh(c));
    }

    private void refresh(CaseFile c) {
        requestedRemedy.set(c.ask().answerTo(QuestionKind.REMEDY_SOUGHT));
        suggested.set(FairnessAdvice.suggest(c.conclusions().responsibility(), c.resolution().verbalAgreementNotWritten(),
                !c.resolution().invoiceLine().isBlank()));
        stance.set(c.resolution().stance());
    }

    /** Takes the suggested principle; the manager may still choose another. */
    public void useSuggestion() {
        if (suggested.get() != FairnessPrinciple.NONE) {
            principle.set(suggested.get());
        }
    }

    private void saveStance() {
        session.update(c -> c.withResolution(c.resolution().withStanceAnswers(factsQuick.get(), findingDearer.get(), couldHurt.get())));
    }

    private void saveCosts() {
        try {
            BigDecimal ours = TypedInput.amount(ourCost.get()).orElse(null);
            BigDecimal theirs = TypedInput.amount(customerCost.get()).orElse(null);
            String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(Locale.ROOT);
            costError.set("");
            session.update(c -> c.withResolution(c.resolution().withCosts(ours, theirs, code)));
        } catch (TypedInput.Unreadable e) {
            costError.set(e.key());
        }
    }

    public StringProperty remedyProperty() {
        return remedy;
    }

    public ObjectProperty<FairnessPrinciple> principleProperty() {
        return principle;
    }

    public BooleanProperty verbalAgreementProperty() {
        return verbalAgreement;
    }

    public StringProperty invoiceLineProperty() {
        return invoiceLine;
    }

    public StringProperty termsReferencesProperty() {
        return termsReferences;
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

    public ObjectProperty<Boolean> factsQuickProperty() {
        return factsQuick;
    }

    public ObjectProperty<Boolean> findingDearerProperty() {
        return findingDearer;
    }

    public ObjectProperty<Boolean> couldHurtProperty() {
        return couldHurt;
    }

    public ReadOnlyStringProperty costErrorProperty() {
        return costError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestedRemedyProperty() {
        return requestedRemedy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FairnessPrinciple> suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stance> stanceProperty() {
        return stance.getReadOnlyProperty();
    }
}
