package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.store.Database;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.common.SaveState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real "disk full" from SQLite itself (its page limit reached, the same SQLITE_FULL a full disk gives): the
 * user is told in plain words, the text stays in memory, the file stays intact, and the save lands once there
 * is room again.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskLosesNothingDamagesNothingAndSavesOnceThereIsRoom() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            fx.session.update(c -> c.withHeader(c.header().withSubject("Saved before the disk filled up")));
            fx.await(fx.session.flush());
            setPageLimit(fx.db, pageCount(fx.db));

            String big = "Typed while the disk was full. ".repeat(20_000);
            fx.session.update(c -> c.withHeader(c.header().withSubject(big)));
            fx.await(fx.session.flush());
            fx.settle();
            assertEquals(SaveState.FAILED, fx.session.saveStateProperty().get());
            assertTrue(fx.session.saveErrorProperty().get().startsWith("The disk is full"), fx.session.saveErrorProperty().get());
            assertEquals(big, fx.session.current().header().subject(), "the text stays in memory");
            assertEquals("ok", integrity(fx.db));
            assertEquals("Saved before the disk filled up", fx.repository.load(fx.session.current().id()).orElseThrow().header().subject(),
                    "the file still holds the last saved state");

            setPageLimit(fx.db, 1_000_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (fx.session.hasUnsavedEdits() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(fx.session.hasUnsavedEdits(), "the retry saved it");
            fx.settle();
            assertNotEquals(SaveState.FAILED, fx.session.saveStateProperty().get());
            assertEquals(big, fx.repository.load(fx.session.current().id()).orElseThrow().header().subject());
            assertEquals("ok", integrity(fx.db));
        }
    }

    private static int pageCount(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static void setPageLimit(Database db, int pages) {
        db.read(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    private static String integrity(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }
}
