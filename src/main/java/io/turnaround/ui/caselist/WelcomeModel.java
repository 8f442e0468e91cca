package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.common.SettingsModel;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The first-run welcome above the case list: shown while the manager has no case of their own (the sample does not
 * count; in a team library, a colleague's cases do not either) and until dismissed; it leads to the sample case.
 */
public final class WelcomeModel {
    static final io.turnaround.domain.SettingKey DISMISSED_KEY = io.turnaround.domain.SettingKey.WELCOME_DISMISSED;

    private final SettingsModel settings;
    private final ObservableList<CaseSummary> cases;
    private final LongConsumer open;
    private final BooleanProperty notDismissed = new SimpleBooleanProperty(false);
    /** The manager's role in a team library; empty for the case file on one computer. */
    private final javafx.beans.property.StringProperty me = new javafx.beans.property.SimpleStringProperty("");
    private final BooleanBinding hasSample;
    private final BooleanBinding visible;

    public WelcomeModel(SettingsModel settings, ObservableList<CaseSummary> cases, LongConsumer open) {
        this.settings = settings;
        this.cases = cases;
        this.open = open;
        this.hasSample = Bindings.createBooleanBinding(() -> cases.stream().anyMatch(CaseSummary::sample), cases);
        BooleanBinding ownCases = Bindings.createBooleanBinding(() -> cases.stream()
                .anyMatch(c -> !c.sample() && (me.get().isEmpty() || c.owner().equals(me.get()))), cases, me);
        this.visible = notDismissed.and(ownCases.not());
    }

    /** In a team library: the manager's role, whose cases count as their own. */
    public void setMe(String role) {
        me.set(role == null ? "" : role);
    }

    public void load() {
        settings.loadValueOrElse(DISMISSED_KEY, () -> "", dismissed -> notDismissed.set(dismissed.isEmpty()));
    }

    public void openSample() {
        cases.stream().filter(CaseSummary::sample).findFirst().ifPresent(s -> open.accept(s.id()));
    }

    /** Hides the welcome for good (it is remembered in the case file's settings). */
    public void dismiss() {
        notDismissed.set(false);
        settings.saveValue(DISMISSED_KEY, "yes");
    }

    public BooleanBinding visibleProperty() {
        return visible;
    }

    public BooleanBinding hasSampleProperty() {
        return hasSample;
    }
}
