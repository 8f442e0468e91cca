package io.turnaround.store;

import io.turnaround.domain.SettingKey;
import io.turnaround.domain.Settings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A team library's settings of the manager, with a copy on this computer ({@link OfflineJournal}): read from the copy
 * while the library cannot be reached (the name that signs letters, the summary's language), and changed there until
 * it can, then sent before anything else is asked of it.
 */
public final class JournaledSettingsStore implements SettingsStore {
    private final SettingsStore server;
    private final OfflineJournal journal;

    public JournaledSettingsStore(SettingsStore server, OfflineJournal journal) {
        this.server = server;
        this.journal = journal;
    }

    @Override
    public synchronized Settings load() {
        try {
            sendKept();
            Settings s = server.load();
            SettingsRepository.values(s).forEach((k, v) -> journal.keepSetting(k.stored(), v, false));
            return s;
        } catch (ConnectionLostException e) {
            Map<SettingKey, String> kept = new EnumMap<>(SettingKey.class);
            journal.settings().forEach((k, v) -> key(k).ifPresent(key -> kept.put(key, v)));
            return SettingsRepository.settings(kept);
        }
    }

    @Override
    public synchronized void save(Settings settings) {
        SettingsRepository.values(settings).forEach((k, v) -> journal.keepSetting(k.stored(), v, true));
        try {
            sendKept();
        } catch (ConnectionLostException e) {
            // kept on this computer; sent with the next setting the library takes
        }
    }

    @Override
    public synchronized Optional<String> value(SettingKey key) {
        try {
            sendKept();
            Optional<String> v = server.value(key);
            v.ifPresent(value -> journal.keepSetting(key.stored(), value, false));
            return v;
        } catch (ConnectionLostException e) {
            return Optional.ofNullable(journal.settings().get(key.stored()));
        }
    }

    @Override
    public synchronized void put(SettingKey key, String value) {
        journal.keepSetting(key.stored(), value, true);
        try {
            sendKept();
        } catch (ConnectionLostException e) {
            // kept on this computer; sent with the next setting the library takes
        }
    }

    /** Sends the settings changed while the library could not be reached, each cleared once it has it. */
    private void sendKept() {
        for (Map.Entry<String, String> kept : journal.pendingSettings().entrySet()) {
            Optional<SettingKey> key = key(kept.getKey());
            if (key.isPresent()) {
                server.put(key.get(), kept.getValue());
            }
            journal.settingSent(kept.getKey(), kept.getValue());
        }
    }

    private static Optional<SettingKey> key(String stored) {
        for (SettingKey k : SettingKey.values()) {
            if (k.stored().equals(stored)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
