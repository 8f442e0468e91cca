package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void oneWriterPerDataFolder() {
        Optional<InstanceLock> first = InstanceLock.tryAcquire(dir);
        assertTrue(first.isPresent());
        assertTrue(InstanceLock.tryAcquire(dir).isEmpty(), "a second one finds it held");
        first.get().close();
        try (InstanceLock again = InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertTrue(again != null, "free again once released");
        }
    }

    @Test
    void aSecondInstanceReadsButNeverWrites() throws Exception {
        long id;
        try (Database db = Database.openIn(dir)) {
            id = new CaseRepository(db, Clock.systemUTC()).create(TestCases.fullyPopulated()).id();
        }
        byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        try (Database readOnly = Database.openReadOnly(dir)) {
            CaseRepository repo = new CaseRepository(readOnly, Clock.systemUTC());
            CaseFile c = repo.load(id).orElseThrow();
            assertEquals(TestCases.fullyPopulated().header().subject(), c.header().subject());
            assertThrows(StoreException.class, () -> repo.save(c.withHeader(c.header().withSubject("x")), c),
                    "the database itself refuses");
            BackgroundTasks tasks = new BackgroundTasks(new io.turnaround.ui.TestUiThread());
            CaseSession session = new CaseSession(c, repo, tasks, Clock.systemUTC(), false);
            session.update(x -> x.withHeader(x.header().withSubject("typed in the second window")));
            assertEquals(c, session.current(), "the session does not even try");
            assertTrue(session.readOnlyProperty().get());
            tasks.close();
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(Database.FILE_NAME)));
    }
}
