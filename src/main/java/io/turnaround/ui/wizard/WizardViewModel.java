package io.turnaround.ui.wizard;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Step;
import io.turnaround.domain.StepCompleteness;
import io.turnaround.ui.common.CaseSession;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Flow through the nine steps: which one is shown, which are complete, Back and Next.
 * Every move flushes the case first, so nothing typed waits behind a step change.
 */
public final class WizardViewModel {
    private final CaseSession session;
    private final ReadOnlyObjectWrapper<Step> currentStep = new ReadOnlyObjectWrapper<>(Step.LISTEN);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(true);
    private final Map<Step, ReadOnlyBooleanWrapper> complete = new EnumMap<>(Step.class);
    private final ReadOnlyBooleanWrapper leftWithoutNextContact = new ReadOnlyBooleanWrapper();
    private final CallBarModel callBar;

    public WizardViewModel(CaseSession session) {
        this(session, java.time.Clock.systemDefaultZone());
    }

    public WizardViewModel(CaseSession session, java.time.Clock clock) {
        this.session = session;
        this.callBar = new CallBarModel(session, clock);
        for (Step step : Step.values()) {
            complete.put(step, new ReadOnlyBooleanWrapper());
        }
        refreshCompleteness(session.current());
        session.currentProperty().addListener((obs, old, now) -> refreshCompleteness(now));
    }

    private void refreshCompleteness(CaseFile c) {
        for (Step step : Step.values()) {
            complete.get(step).set(StepCompleteness.isComplete(step, c));
        }
        if (c.produce().nextContact().isPresent()) {
            leftWithoutNextContact.set(false);
        }
    }

    public void goTo(Step step) {
        if (step == currentStep.get()) {
            return;
        }
        session.flush();
        // METHOD.md: never leave a request without a date. A warning, not a block.
        leftWithoutNextContact.set(currentStep.get() == Step.PRODUCE && session.current().produce().nextContact().isEmpty());
        currentStep.set(step);
        canGoBack.set(step.ordinal() > 0);
        canGoNext.set(step.ordinal() < Step.values().length - 1);
    }

    public void next() {
        if (canGoNext.get()) {
            goTo(Step.values()[currentStep.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            goTo(Step.values()[currentStep.get().ordinal() - 1]);
        }
    }

    /** The call bar shown on the steps other than Listen. */
    public CallBarModel callBar() {
        return callBar;
    }

    /**
     * Whether the call bar shows on the current step: on the call's steps (Listen has the clock and note line of its
     * own), and on every other step while the clock runs or is paused.
     */
    public javafx.beans.binding.BooleanBinding callBarShown() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> currentStep.get() != Step.LISTEN
                && (currentStep.get().phase() == Step.Phase.ON_CALL
                        || callBar.status().callStateProperty().get() == io.turnaround.domain.Listen.CallState.RUNNING
                        || callBar.status().callStateProperty().get() == io.turnaround.domain.Listen.CallState.PAUSED),
                currentStep, callBar.status().callStateProperty());
    }

    public ReadOnlyObjectProperty<Step> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty completeProperty(Step step) {
        return complete.get(step).getReadOnlyProperty();
    }

    /** True after the manager left Produce without a next-contact date, until one is set. */
    public ReadOnlyBooleanProperty leftWithoutNextContactProperty() {
        return leftWithoutNextContact.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public CaseSession session() {
        return session;
    }
}
