package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void oneCopyADayKeptFourteenDays() throws Exception {
        Backups backups = new Backups(dir);
        try (Database db = Database.openIn(dir)) {
            new CaseRepository(db, Clock.systemUTC()).create(TestCases.fullyPopulated());
            LocalDate day = LocalDate.of(2026, 3, 1);
            for (int i = 0; i < 20; i++) {
                assertTrue(backups.backupIfDue(db, day.plusDays(i)).isPresent());
                assertTrue(backups.backupIfDue(db, day.plusDays(i)).isEmpty(), "once a day");
            }
        }
        assertEquals(Backups.KEEP_DAYS, backups.list().size());
        assertEquals("turnaround-2026-03-20.db", backups.list().get(0).getFileName().toString());
        assertEquals("turnaround-2026-03-07.db", backups.list().get(13).getFileName().toString());
        Database.check(backups.list().get(0));
    }

    @Test
    void restoreBringsBackTheCopyAndKeepsTheReplacedFile() throws Exception {
        Backups backups = new Backups(dir);
        long id;
        try (Database db = Database.openIn(dir)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile c = repo.create(TestCases.fullyPopulated());
            id = c.id();
            backups.backupIfDue(db, LocalDate.of(2026, 3, 1));
            repo.save(c.withHeader(c.header().withSubject("changed after the backup")), c);
        }
        Path kept = backups.restore(backups.list().get(0), LocalDateTime.of(2026, 3, 2, 9, 30));
        assertTrue(Files.exists(kept));
        try (Database db = Database.openIn(dir)) {
            assertEquals(TestCases.fullyPopulated().header().subject(),
                    new CaseRepository(db, Clock.systemUTC()).load(id).orElseThrow().header().subject());
        }
        try (Database db = Database.open(kept)) {
            assertEquals("changed after the backup", new CaseRepository(db, Clock.systemUTC()).load(id).orElseThrow().header().subject());
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingIsReplaced() throws Exception {
        try (Database db = Database.openIn(dir)) {
            new CaseRepository(db, Clock.systemUTC()).create(TestCases.fullyPopulated());
        }
        byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        Path bogus = dir.resolve("bogus.db");
        Files.writeString(bogus, "not a database at all, just words ".repeat(100));
        assertThrows(ForeignFileException.class, () -> new Backups(dir).restore(bogus, LocalDateTime.now()));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(Database.FILE_NAME)));
    }
}
