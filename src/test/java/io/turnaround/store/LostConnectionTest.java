package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team library's connection cut mid-edit (the server ends it, as on a restart or a dropped network): the save says so
 * in plain words and writes nothing half; the next save connects again and writes all of it.
 */
class LostConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aSaveOnACutConnectionSaysSoAndTheNextOneReconnectsAndSavesAll() {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        String db = library.address().substring(library.address().lastIndexOf('/') + 1);
        try (Database team = library.open()) {
            CaseRepository repo = new CaseRepository(team, Clock.systemUTC());
            CaseFile c = repo.create(TestCases.fullyPopulated());
            CaseFile edited = c.withHeader(c.header().withSubject("Typed while the network dropped"));

            library.asSuperuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db
                    + "' AND pid <> pg_backend_pid()");
            StoreException cut = assertThrows(StoreException.class, () -> repo.save(edited, c));
            assertTrue(cut.getMessage().startsWith("No connection to the team library"), cut.getMessage());
            assertTrue(cut.getMessage().contains("kept here"), cut.getMessage());

            repo.save(edited, c); // the autosave's retry
            assertEquals(edited, repo.load(c.id()).orElseThrow());
        }
        try (Database again = library.open()) {
            assertEquals("Typed while the network dropped",
                    new CaseRepository(again, Clock.systemUTC()).list().get(0).subject());
        }
    }
}
