package io.turnaround.ui.conclusions;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Responsibility;
import io.turnaround.domain.Scenario;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.AddLine;
import io.turnaround.ui.common.CaseSession;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Conclusions: where the breakdown happened (a fact), who left the right course, the scenarios
 * kept or eliminated against the evidence, what we accept, and opinions kept internal.
 */
public final class ConclusionsViewModel {
    private final CaseSession session;
    private final ObjectProperty<Responsibility> responsibility;
    private final StringProperty staffDeviation;
    private final StringProperty customerDeviation;
    private final StringProperty customerKnows;
    private final StringProperty acceptedBlame;
    private final StringProperty canBeTold;
    private final StringProperty internalOpinion;
    private final StringProperty causeCategory;
    private final ObjectProperty<Fact> breakdown = new SimpleObjectProperty<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Scenario> scenarios;
    private final ReadOnlyBooleanWrapper noneKept = new ReadOnlyBooleanWrapper();
    private final AddLine scenarioLine;

    public ConclusionsViewModel(CaseSession s) {
        this.session = s;
        responsibility = CaseBindings.value(s, c -> c.conclusions().responsibility(),
                (c, v) -> c.withConclusions(c.conclusions().withResponsibility(v)));
        staffDeviation = CaseBindings.text(s, c -> c.conclusions().staffDeviation(),
                (c, v) -> c.withConclusions(c.conclusions().withStaffDeviation(v)));
        customerDeviation = CaseBindings.text(s, c -> c.conclusions().customerDeviation(),
                (c, v) -> c.withConclusions(c.conclusions().withCustomerDeviation(v)));
        customerKnows = CaseBindings.text(s, c -> c.conclusions().customerKnows(),
                (c, v) -> c.withConclusions(c.conclusions().withCustomerKnows(v)));
        acceptedBlame = CaseBindings.text(s, c -> c.conclusions().acceptedBlame(),
                (c, v) -> c.withConclusions(c.conclusions().withAcceptedBlame(v)));
        canBeTold = CaseBindings.text(s, c -> c.conclusions().canBeTold(), (c, v) -> c.withConclusions(c.conclusions().withCanBeTold(v)));
        internalOpinion = CaseBindings.text(s, c -> c.conclusions().internalOpinion(),
                (c, v) -> c.withConclusions(c.conclusions().withInternalOpinion(v)));
        causeCategory = CaseBindings.text(s, c -> c.conclusions().causeCategory(),
                (c, v) -> c.withConclusions(c.conclusions().withCauseCategory(v)));
        scenarios = FXCollections.observableArrayList(s.current().conclusions().scenarios());
        scenarioLine = new AddLine(s, DraftField.SCENARIO, this::addScenario);
        refresh(s.current());
        breakdown.addListener((o, a, f) -> s.update(c -> c.withConclusions(c.conclusions().withBreakdownFactId(f == null ? null : f.id()))));
        s.currentProperty().addListener((o, a, c) -> refresh(c));
    }

    private void refresh(CaseFile c) {
        if (!facts.equals(c.facts())) {
            facts.setAll(c.facts());
        }
        String id = c.conclusions().breakdownFactId();
        Fact chosen = c.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
        if (chosen != breakdown.get() && (chosen == null || !chosen.equals(breakdown.get()))) {
            breakdown.set(chosen);
        }
        noneKept.set(!c.conclusions().hasKeptScenario());
    }

    /** The "add a scenario" line: typed text kept as a draft, Enter adds it. */
    public AddLine scenarioLine() {
        return scenarioLine;
    }

    public boolean addScenario(String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        scenarios.add(new Scenario(null, description.strip(), true, "", List.of()));
        saveScenarios();
        return true;
    }

    /** Keeps or eliminates a scenario, with the reason and the facts that decide it. */
    public void decide(int index, boolean kept, String reason, List<String> evidenceFactIds) {
        if (index < 0 || index >= scenarios.size()) {
            return;
        }
        Scenario s = scenarios.get(index);
        Scenario next = new Scenario(s.id(), s.description(), kept, reason == null ? "" : reason, evidenceFactIds);
        if (!next.equals(s)) {
            scenarios.set(index, next);
            saveScenarios();
        }
    }

    public void removeScenario(int index) {
        if (index >= 0 && index < scenarios.size()) {
            scenarios.remove(index);
            saveScenarios();
        }
    }

    private void saveScenarios() {
        List<Scenario> list = List.copyOf(scenarios);
        session.update(c -> c.withConclusions(c.conclusions().withScenarios(list)));
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

    public StringProperty customerKnowsProperty() {
        return customerKnows;
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

    public StringProperty causeCategoryProperty() {
        return causeCategory;
    }

    public ObjectProperty<Fact> breakdownProperty() {
        return breakdown;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    /** True when no scenario is kept: something must explain what happened. */
    public ReadOnlyBooleanProperty noneKeptProperty() {
        return noneKept.getReadOnlyProperty();
    }
}
