package io.turnaround.ui.settings;

import io.turnaround.domain.Settings;
import io.turnaround.export.EmailDraft;
import java.time.LocalTime;
import io.turnaround.ui.common.TypedInput;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings form: what is typed, whether it can be kept, and why not. */
public final class SettingsViewModel {
    private final IntegerProperty bufferDays = new SimpleIntegerProperty();
    private final IntegerProperty dailyCapacity = new SimpleIntegerProperty();
    private final StringProperty contactTime = new SimpleStringProperty();
    private final StringProperty companyName = new SimpleStringProperty();
    private final StringProperty managerName = new SimpleStringProperty();
    private final StringProperty managerTitle = new SimpleStringProperty();
    private final StringProperty managerEmail = new SimpleStringProperty();
    /** The default language of customer documents (BCP 47), empty for the app's own. */
    private final StringProperty summaryLanguage = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Settings current) {
        bufferDays.set(current.proposalBufferDays());
        dailyCapacity.set(current.dailyCapacity());
        contactTime.set(current.contactTime().toString());
        companyName.set(current.companyName());
        managerName.set(current.managerName());
        managerTitle.set(current.managerTitle());
        managerEmail.set(current.managerEmail());
        summaryLanguage.set(current.summaryLanguage());
        contactTime.addListener((o, a, b) -> validate());
        managerEmail.addListener((o, a, b) -> validate());
        validate();
    }

    private void validate() {
        if (parseTime(contactTime.get()).isEmpty()) {
            problem.set(TypedInput.TIME_INVALID);
        } else if (!strip(managerEmail).isEmpty() && EmailDraft.checkAddress(strip(managerEmail)).isPresent()) {
            problem.set("settings.manager.email.invalid");
        } else {
            problem.set("");
        }
    }

    private static String strip(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    /** The time typed; empty when none is typed (the proposals need one) or it cannot be read. */
    private static Optional<LocalTime> parseTime(String text) {
        try {
            return TypedInput.time(text);
        } catch (TypedInput.Unreadable e) {
            return Optional.empty();
        }
    }

    /** The settings as typed, or empty while something cannot be read. */
    public Optional<Settings> result() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        return parseTime(contactTime.get()).map(t -> new Settings(bufferDays.get(), dailyCapacity.get(), t, strip(companyName),
                strip(managerName), strip(managerTitle), strip(managerEmail), summaryLanguage.get() == null ? "" : summaryLanguage.get()));
    }

    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    /** A bundle key naming what is wrong, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public IntegerProperty bufferDaysProperty() {
        return bufferDays;
    }

    public IntegerProperty dailyCapacityProperty() {
        return dailyCapacity;
    }

    public StringProperty contactTimeProperty() {
        return contactTime;
    }

    public StringProperty companyNameProperty() {
        return companyName;
    }

    public StringProperty managerNameProperty() {
        return managerName;
    }

    public StringProperty managerTitleProperty() {
        return managerTitle;
    }

    public StringProperty summaryLanguageProperty() {
        return summaryLanguage;
    }

    public StringProperty managerEmailProperty() {
        return managerEmail;
    }
}
