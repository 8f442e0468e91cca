package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderGetsTheLatestSchema() {
        try (Database db = Database.openIn(dir.resolve("new"))) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            List<String> tables = db.read(c -> Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    r -> r.text("name")));
            assertTrue(tables.containsAll(List.of("cases", "parties", "notes", "facts", "revisions", "prevention_actions")), tables.toString());
            String mode = db.read(c -> Sql.query(c, "PRAGMA journal_mode", r -> r.text("journal_mode")).get(0));
            assertEquals("wal", mode);
            int fk = db.read(c -> Sql.query(c, "PRAGMA foreign_keys", r -> r.integer("foreign_keys")).get(0));
            assertEquals(1, fk);
        }
    }

    @Test
    void anEmptyZeroByteFileIsInitialised() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
        }
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        try (Database db = Database.openIn(dir)) {
            db.write(c -> {
                Sql.update(c, "INSERT INTO cases (reference, subject, customer_org, status, category, conduct_notes, reflect_back, "
                        + "staff_deviation, customer_deviation, customer_knows, can_be_told, responsibility, accepted_blame, "
                        + "internal_opinion, cause_category, requested_remedy, remedy, principle, currency, invoice_line, "
                        + "terms_references, stance, customer_authority) VALUES ('T-1','','','OPEN_ON_CALL','','','','','','','',"
                        + "'UNDECIDED','','','','','','NONE','EUR','','','UNDECIDED','')");
                return null;
            });
        }
        try (Database db = Database.openIn(dir)) {
            assertEquals(Integer.valueOf(1), db.read(c -> Sql.query(c, "SELECT count(*) AS n FROM cases", r -> r.integer("n")).get(0)));
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Database db = Database.open(file)) {
            db.write(c -> {
                Sql.update(c, "PRAGMA user_version = " + (Migrations.LATEST + 1));
                return null;
            });
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file);
        NewerDatabaseException e = assertThrows(NewerDatabaseException.class, () -> Database.open(file));
        assertEquals(Migrations.LATEST + 1, e.fileVersion());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThrows(ForeignFileException.class, () -> Database.open(file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Dear customer, this is a letter, not a database. ".repeat(200));
        byte[] before = Files.readAllBytes(file);
        ForeignFileException e = assertThrows(ForeignFileException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Turnaround case file"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.openIn(dir)) {
            assertThrows(StoreException.class, () -> db.write(c -> {
                Sql.update(c, "PRAGMA user_version = 1");
                Sql.update(c, "INSERT INTO parties (id, case_id, position, name, organisation, role, email, phone, side, "
                        + "receives_summary) VALUES ('x', 999, 0, '', '', '', '', '', 'CUSTOMER', 1)");
                return null;
            }));
            assertEquals(Integer.valueOf(0), db.read(c -> Sql.query(c, "SELECT count(*) AS n FROM parties", r -> r.integer("n")).get(0)));
        }
    }

    @Test
    void scriptsSplitAtSemicolonsButNotInsideTriggersQuotesOrComments() {
        List<String> statements = Migrations.statements(String.join("\n",
                "-- a comment; with a semicolon",
                "CREATE TABLE a (x TEXT DEFAULT ';');",
                "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN",
                "  SELECT RAISE(ABORT, 'no; never');",
                "  SELECT 1;",
                "END;",
                "CREATE INDEX i ON a (x)"));
        assertEquals(3, statements.size(), statements.toString());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER") && statements.get(1).endsWith("END"));
    }

    @Test
    void everyMigrationScriptRunsCleanlyInOrder() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"))) {
            Migrations.migrate(c);
            assertEquals(Migrations.LATEST, Migrations.userVersion(c));
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void aDamagedPageOfTheCaseListIsRefusedAtOpeningAndTheFileLeftByteIdentical() throws Exception {
        byte[] bytes = libraryWithADamagedPageOf("cases");
        assertThrows(DamagedFileException.class, () -> Database.openIn(dir));
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(Database.FILE_NAME)));
    }

    @Test
    void aDamagedPageElsewhereIsFoundByTheCheckAfterOpeningBeforeAnythingIsWritten() throws Exception {
        byte[] bytes = libraryWithADamagedPageOf("notes");
        try (Database db = Database.openIn(dir)) {
            assertThrows(DamagedFileException.class, db::verify);
        }
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(Database.FILE_NAME)));
    }

    @Test
    void anIntactLibraryPassesTheCheck() {
        try (Database db = Database.openIn(dir)) {
            new CaseRepository(db, java.time.Clock.systemUTC()).create(io.turnaround.TestCases.fullyPopulated());
            db.verify();
        }
    }

    /** Twenty cases, then the b-tree header and cell pointers of one of the table's pages scrambled, as a disk fault would. */
    private byte[] libraryWithADamagedPageOf(String table) throws Exception {
        long page;
        try (Database db = Database.openIn(dir)) {
            CaseRepository repo = new CaseRepository(db, java.time.Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                repo.create(io.turnaround.TestCases.fullyPopulated());
            }
            page = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT max(pageno) FROM dbstat WHERE name = '" + table + "'")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
        }
        assertTrue(page > 1, "the table has pages of its own");
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8 | (bytes[17] & 0xff)) == 1 ? 65536 : ((bytes[16] & 0xff) << 8 | (bytes[17] & 0xff));
        for (int i = 0; i < 64; i++) {
            bytes[(int) ((page - 1) * pageSize) + i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        return bytes;
    }

    @Test
    void aFileWithAScrambledHeaderIsRefusedAndLeftByteIdentical() throws Exception {
        Database.openIn(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);
        StoreException e = assertThrows(StoreException.class, () -> Database.openIn(dir));
        assertTrue(e instanceof ForeignFileException || e instanceof DamagedFileException, e.toString());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }
}
