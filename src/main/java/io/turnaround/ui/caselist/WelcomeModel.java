package io.turnaround.ui.caselist;

import io.turnaround.ui.common.SettingsModel;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The first-run welcome above the case list: shown while the manager has no case of their own (the sample does not
 * count; in a team library, a colleague's cases do not either) and until dismissed; it leads to the sample case.
 */
public final class WelcomeModel {
    static final io.turnaround.domain.SettingKey DISMISSED_KEY = io.turnaround.domain.SettingKey.WELCOME_DISMISSED;

    private final SettingsModel settings;
    private final ObservableValue<CaseListModel.Overview> library;
    private final LongConsumer open;
    private final BooleanProperty notDismissed = new SimpleBooleanProperty(false);
    private final BooleanBinding hasSample;
    private final BooleanBinding visible;

    /** @param library what the case list knows of the whole library: whether there are own cases, and the sample */
    public WelcomeModel(SettingsModel settings, ObservableValue<CaseListModel.Overview> library, LongConsumer open) {
        this.settings = settings;
        this.library = library;
        this.open = open;
        this.hasSample = Bindings.createBooleanBinding(() -> library.getValue().sampleId() != null, library);
        BooleanBinding ownCases = Bindings.createBooleanBinding(() -> library.getValue().ownCases(), library);
        this.visible = notDismissed.and(ownCases.not());
    }

    public void load() {
        settings.loadValueOrElse(DISMISSED_KEY, () -> "", dismissed -> notDismissed.set(dismissed.isEmpty()));
    }

    public void openSample() {
        Long sample = library.getValue().sampleId();
        if (sample != null) {
            open.accept(sample);
        }
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
