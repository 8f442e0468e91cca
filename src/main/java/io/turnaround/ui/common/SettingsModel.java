package io.turnaround.ui.common;

import io.turnaround.domain.Settings;
import io.turnaround.store.SettingsStore;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The manager's settings as the UI sees them: loaded and saved on the background worker. */
public final class SettingsModel {
    private final SettingsStore store;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.DEFAULTS);
    private final ReadOnlyObjectWrapper<io.turnaround.domain.ComplaintRules> complaintRules =
            new ReadOnlyObjectWrapper<>();

    public SettingsModel(SettingsStore store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(store::load, settings::set);
        tasks.run(() -> io.turnaround.domain.ComplaintRules.from(store::value), complaintRules::set);
    }

    /** The firm's complaint rules (Settings › Complaint rules), as last loaded or saved. */
    public io.turnaround.domain.ComplaintRules complaintRules() {
        // Until the stored rules are loaded: the defaults (made then, not while the window is built).
        return complaintRules.get() != null ? complaintRules.get() : io.turnaround.domain.ComplaintRules.defaults();
    }

    public ReadOnlyObjectProperty<io.turnaround.domain.ComplaintRules> complaintRulesProperty() {
        return complaintRules.getReadOnlyProperty();
    }

    public void saveComplaintRules(io.turnaround.domain.ComplaintRules value) {
        complaintRules.set(value);
        tasks.submit(() -> value.values().forEach(store::put));
    }

    /** Loads a single stored choice (such as the theme) and hands it to {@code then} on the UI thread. */
    public void loadValue(io.turnaround.domain.SettingKey key, java.util.function.Consumer<String> then) {
        tasks.run(() -> store.value(key).orElse(""), v -> {
            if (!v.isEmpty()) {
                then.accept(v);
            }
        });
    }

    /** Loads a stored value, or computes one when there is none (both off the UI thread); hands it to {@code then}. */
    public void loadValueOrElse(io.turnaround.domain.SettingKey key, java.util.function.Supplier<String> fallback, java.util.function.Consumer<String> then) {
        tasks.run(() -> store.value(key).filter(v -> !v.isEmpty()).orElseGet(fallback), then);
    }

    public void saveValue(io.turnaround.domain.SettingKey key, String value) {
        tasks.submit(() -> store.put(key, value));
    }

    public void save(Settings value) {
        settings.set(value);
        tasks.submit(() -> store.save(value));
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }
}
