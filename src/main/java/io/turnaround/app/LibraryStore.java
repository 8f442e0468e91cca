package io.turnaround.app;

import io.turnaround.store.CaseRepository;
import io.turnaround.store.CaseStore;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/** The case store the window works with, for the library it opened. */
final class LibraryStore {
    private LibraryStore() {
    }

    /**
     * The case store of an opened library. A team library's keeps what is typed while the server cannot be reached in a
     * journal in the data folder, and writes what an earlier run left there first (on the opening thread, not the FX one).
     */
    static CaseStore of(Database d, Path folder, Clock clock) {
        CaseRepository repository = new CaseRepository(d, clock);
        if (d.engine() != io.turnaround.store.Engine.POSTGRESQL || folder == null) {
            return repository;
        }
        io.turnaround.export.CaseJson json = new io.turnaround.export.CaseJson();
        io.turnaround.store.JournaledCaseStore journaled = new io.turnaround.store.JournaledCaseStore(repository,
                new io.turnaround.store.OfflineJournal(folder, d.name(), json::write, text -> {
                    try {
                        return json.read(text);
                    } catch (io.turnaround.export.CaseFormatException e) {
                        throw new io.turnaround.store.StoreException("An edit kept on this computer cannot be read: " + e.getMessage(), e);
                    }
                }), clock);
        try {
            journaled.replay();
        } catch (io.turnaround.store.StoreException e) {
            // Kept for the next start; the window opens on what the server has.
            org.slf4j.LoggerFactory.getLogger(LibraryStore.class).warn("Edits kept offline not written yet: {}", e.getClass().getSimpleName());
        }
        return journaled;
    }
}
