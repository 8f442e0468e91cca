package io.turnaround.store;

import io.turnaround.domain.Settings;

/** The manager's settings, kept in the case file so they travel with it. */
public interface SettingsStore {
    Settings load();

    void save(Settings settings);

    /** A single stored value outside {@link Settings} (such as "the sample case was offered"). */
    java.util.Optional<String> value(io.turnaround.domain.SettingKey key);

    void put(io.turnaround.domain.SettingKey key, String value);
}
