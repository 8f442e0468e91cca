package io.turnaround.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.CaseJson;
import io.turnaround.export.SummaryFixture;
import io.turnaround.store.AuditLog;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.TestLibrary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a team library (PostgreSQL, a real server): every command, migrate, and copy-to both ways. */
class TeamLibraryCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Path dataDir, String database, String... args) {
        out.reset();
        err.reset();
        return new Cli(dataDir, database, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).run(List.of(args));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleCaseCopiedToATeamDatabaseAndBackKeepsItsHashesItsAuditChainAndItsPrintedText() throws Exception {
        Path local = dir.resolve("local");
        try (Database db = Database.openIn(local)) {
            io.turnaround.app.SampleCase.installOnFirstRun(db, CLOCK).orElseThrow();
        }
        TestLibrary team = TestLibrary.create(Engine.POSTGRESQL, dir);
        assertEquals(0, run(local, null, "copy-to", team.address()), err());
        assertTrue(out().startsWith("copied 1 cases with "), out());

        CaseFile original = only(local, null);
        CaseFile copied = only(local, team.address());
        assertEquals(original, copied, "the whole case, field by field");
        assertEquals(original.approval().revisions().stream().map(ApprovalRevision::sha256).toList(),
                copied.approval().revisions().stream().map(ApprovalRevision::sha256).toList());
        try (Database db = team.open()) {
            assertEquals(Optional.empty(), new AuditLog(db).verify(), "the audit chain holds in the copy");
        }

        Path fromFile = dir.resolve("file.pdf");
        Path fromTeam = dir.resolve("team.pdf");
        String id = String.valueOf(original.id());
        assertEquals(0, run(local, null, "export-pdf", id, "--out", fromFile.toString()), err());
        assertEquals(0, run(local, team.address(), "export-pdf", id, "--out", fromTeam.toString()), err());
        assertEquals(SummaryFixture.text(Files.readAllBytes(fromFile)), SummaryFixture.text(Files.readAllBytes(fromTeam)));

        // Never into a library that holds cases: nothing mixed, nothing written.
        assertEquals(Cli.FAILED, run(local, null, "copy-to", team.address()));
        assertTrue(err().contains("already holds cases"), err());

        // And back, into an empty data folder.
        Path back = dir.resolve("back");
        assertEquals(0, run(local, team.address(), "copy-to", back.toString()), err());
        assertEquals(original, only(back, null));

        // New cases go on after the copied ids.
        Path json = dir.resolve("case.json");
        Files.writeString(json, new CaseJson().write(io.turnaround.TestCases.fullyPopulated()));
        assertEquals(0, run(local, team.address(), "import", json.toString()), err());
        assertTrue(Long.parseLong(out().strip()) > original.id());
    }

    @Test
    void everyCommandWorksOnATeamLibrary() throws Exception {
        TestLibrary team = TestLibrary.create(Engine.POSTGRESQL, dir);
        Path folder = dir.resolve("folder");
        assertEquals(0, run(folder, team.address(), "migrate"), err());
        assertTrue(out().contains("schema version 13"), out());
        assertEquals(0, run(folder, team.address(), "generate-demo", "12", "--seed", "3"), err());
        assertEquals(0, run(folder, team.address(), "list"));
        assertEquals(12, out().strip().split("\n").length);
        String firstId = out().strip().split("\n")[0].split("\t")[0];
        assertEquals(0, run(folder, team.address(), "export-json", firstId));
        CaseFile exported = new CaseJson().read(out());
        String word = exported.header().customerOrganisation().split("\\s+")[0];
        assertEquals(0, run(folder, team.address(), "search", word));
        assertTrue(out().contains(exported.header().reference()), out());
        assertEquals(0, run(folder, team.address(), "reassign", firstId, "ben"), err());
        assertEquals("case " + firstId + " is now ben's", out().strip());
        assertEquals(Cli.FAILED, run(folder, team.address(), "reassign", "999999", "ben"));
        assertEquals(Cli.FAILED, run(dir.resolve("local"), null, "reassign", "1", "ben"));
        assertTrue(err().contains("only in a team library"), err());
        assertEquals(Cli.FAILED, run(folder, team.address(), "backup"));
        assertTrue(err().contains("pg_dump"), err());
        assertTrue(Files.notExists(folder.resolve(Database.FILE_NAME)), "nothing was written to the data folder's case file");
    }

    @Test
    void aDatabaseOfAnotherProgramOrOfANewerTurnaroundIsRefusedWithNothingWritten() {
        TestLibrary foreign = TestLibrary.create(Engine.POSTGRESQL, dir);
        foreign.asSuperuser("CREATE TABLE invoices (id int)");
        assertEquals(Cli.FAILED, run(dir, foreign.address(), "list"));
        assertTrue(err().contains("belongs to another program"), err());

        TestLibrary newer = TestLibrary.create(Engine.POSTGRESQL, dir);
        assertEquals(0, run(dir, newer.address(), "migrate"));
        newer.asSuperuser("UPDATE turnaround_schema SET version = 99");
        assertEquals(Cli.FAILED, run(dir, newer.address(), "list"));
        assertTrue(err().contains("newer version of Turnaround"), err());

        assertEquals(Cli.FAILED, run(dir, "postgresql://nobody@localhost:1/none", "list"));
        assertTrue(err().contains("refused the connection") || err().contains("cannot be reached"), err());
    }

    private CaseFile only(Path dataDir, String database) {
        try (Database db = database == null ? Database.openIn(dataDir) : io.turnaround.store.PostgresLibrary.connect(database, null)) {
            CaseRepository repo = new CaseRepository(db, CLOCK);
            assertEquals(1, repo.list().size());
            return repo.load(repo.list().get(0).id()).orElseThrow();
        }
    }
}
