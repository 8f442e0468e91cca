package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.common.SettingsModel;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/** The first-run welcome above the case list: shown until dismissed, and it leads to the sample case. */
public final class WelcomeModel {
    static final io.turnaround.domain.SettingKey DISMISSED_KEY = io.turnaround.domain.SettingKey.WELCOME_DISMISSED;

    private final SettingsModel settings;
    private final ObservableList<CaseSummary> cases;
    private final LongConsumer open;
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final BooleanBinding hasSample;

    public WelcomeModel(SettingsModel settings, ObservableList<CaseSummary> cases, LongConsumer open) {
        this.settings = settings;
        this.cases = cases;
        this.open = open;
        this.hasSample = Bindings.createBooleanBinding(() -> cases.stream().anyMatch(CaseSummary::sample), cases);
    }

    public void load() {
        settings.loadValueOrElse(DISMISSED_KEY, () -> "", dismissed -> visible.set(dismissed.isEmpty()));
    }

    public void openSample() {
        cases.stream().filter(CaseSummary::sample).findFirst().ifPresent(s -> open.accept(s.id()));
    }

    /** Hides the welcome for good (it is remembered in the case file's settings). */
    public void dismiss() {
        visible.set(false);
        settings.saveValue(DISMISSED_KEY, "yes");
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public BooleanBinding hasSampleProperty() {
        return hasSample;
    }
}
