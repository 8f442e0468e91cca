package io.turnaround.store;

import io.turnaround.domain.Settings;

/** The manager's settings, kept in the case file so they travel with it. */
public interface SettingsStore {
    Settings load();

    void save(Settings settings);
}
