package io.turnaround.app;

import io.turnaround.domain.Settings;
import io.turnaround.store.SettingsStore;
import java.util.concurrent.CompletableFuture;

/** Settings in a case file still being opened; called only from the background worker. */
final class DeferredSettingsStore implements SettingsStore {
    private final CompletableFuture<? extends SettingsStore> store;

    DeferredSettingsStore(CompletableFuture<? extends SettingsStore> store) {
        this.store = store;
    }

    @Override
    public Settings load() {
        return store.join().load();
    }

    @Override
    public void save(Settings settings) {
        store.join().save(settings);
    }

    @Override
    public java.util.Optional<String> value(io.turnaround.domain.SettingKey key) {
        return store.join().value(key);
    }

    @Override
    public void put(io.turnaround.domain.SettingKey key, String value) {
        store.join().put(key, value);
    }
}
