package io.turnaround.app;

import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.CaseStore;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.JournaledCaseStore;
import io.turnaround.store.JournaledSettingsStore;
import io.turnaround.store.OfflineJournal;
import io.turnaround.store.SettingsRepository;
import io.turnaround.store.SettingsStore;
import io.turnaround.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/** The stores the window works with, for the library it opened. */
final class LibraryStore {
    private LibraryStore() {
    }

    /** The cases and the manager's settings of one library. */
    record Stores(CaseStore cases, SettingsStore settings) {
    }

    /**
     * The stores of an opened library. A team library's keep on this computer what is typed while the library does not
     * take it, the cases read recently and the manager's settings (one journal file in the data folder), and send what
     * an earlier run left there first (on the opening thread, not the FX one).
     */
    static Stores of(Database d, Path folder, Clock clock) {
        CaseRepository repository = new CaseRepository(d, clock);
        SettingsRepository settings = new SettingsRepository(d);
        if (d.engine() != Engine.POSTGRESQL || folder == null) {
            return new Stores(repository, settings);
        }
        CaseJson json = new CaseJson();
        OfflineJournal journal;
        JournaledCaseStore journaled;
        try {
            journal = new OfflineJournal(folder, d.name(), json::write, text -> {
                try {
                    return json.read(text);
                } catch (CaseFormatException e) {
                    throw new StoreException("An edit kept on this computer cannot be read: " + e.getMessage(), e);
                }
            });
            journaled = new JournaledCaseStore(repository, journal, clock);
        } catch (StoreException e) {
            // The library is still usable online; what the file holds stays in it, for a later version or by hand.
            LoggerFactory.getLogger(LibraryStore.class).error("The file of edits kept on this computer cannot be used: {}", e.getMessage());
            return new Stores(repository, settings);
        }
        try {
            journaled.replay();
            journaled.replayHeld();
            journaled.topUpSpareIds();
        } catch (StoreException e) {
            // Kept for later (sent as soon as the library answers); the window opens on what can be read.
            LoggerFactory.getLogger(LibraryStore.class).warn("Edits kept offline not sent yet: {}", e.getClass().getSimpleName());
        }
        return new Stores(journaled, new JournaledSettingsStore(settings, journal));
    }
}
