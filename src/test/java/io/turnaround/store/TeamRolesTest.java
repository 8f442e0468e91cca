package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team library as docs/team.md sets it up: an owner role that migrates, a managers' group role, and one login role per
 * manager. Two managers see each other's cases, the audit log names who did what, and a manager's role cannot alter the
 * log or an approved revision, even with SQL of its own.
 */
class TeamRolesTest {
    @TempDir
    Path dir;

    @Test
    void twoManagersSeeEachOthersCasesAndTheLogNamesWhoDidWhatWhichNeitherCanAlter() {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        library.withTeamRoles();
        String db = library.database();
        String host = library.host();

        long id;
        try (Database anna = PostgresLibrary.connect("postgresql://anna@" + host + "/" + db, null)) {
            assertEquals("anna", anna.role());
            id = new CaseRepository(anna, Clock.systemUTC()).create(approved()).id();
            SettingsRepository annas = new SettingsRepository(anna);
            annas.put(io.turnaround.domain.SettingKey.RESUME_CASE, String.valueOf(id));
            io.turnaround.domain.Settings mine = annas.load();
            annas.save(new io.turnaround.domain.Settings(mine.proposalBufferDays(), mine.dailyCapacity(), mine.contactTime(),
                    "Acme Supplies", "Anna Berg", mine.managerTitle(), mine.managerEmail(), mine.summaryLanguage()));
        }
        try (Database ben = PostgresLibrary.connect("postgresql://ben@" + host + "/" + db, null)) {
            CaseRepository repo = new CaseRepository(ben, Clock.systemUTC());
            SettingsRepository bens = new SettingsRepository(ben);
            assertEquals(Optional.empty(), bens.value(io.turnaround.domain.SettingKey.RESUME_CASE),
                    "Anna's open case is hers: Ben's next start does not open it");
            assertEquals("Acme Supplies", bens.load().companyName(), "the firm's name is the team's");
            assertEquals("", bens.load().managerName(), "the manager's name is each manager's own");
            assertEquals(List.of(id), repo.list().stream().map(s -> s.id()).toList(), "Ben sees Anna's case");
            CaseFile c = repo.load(id).orElseThrow();
            repo.save(c.withHeader(c.header().withSubject("Taken over by Ben")), c);

            List<AuditLog.Entry> log = new AuditLog(ben).entries(id);
            assertEquals(List.of("created anna", "edited ben"), log.stream().map(e -> e.action() + " " + e.actor()).toList());
            assertEquals(Optional.empty(), new AuditLog(ben).verify());
            assertEquals("anna", ben.read(k -> Sql.query(k, "SELECT owner FROM cases WHERE id = ?", r -> r.text("owner"), id)).get(0),
                    "the case's owner is the role that opened it");
            assertTrue(repo.reassign(id, "ben"), "a case handed over");
            assertEquals("ben", ben.read(k -> Sql.query(k, "SELECT owner FROM cases WHERE id = ?", r -> r.text("owner"), id)).get(0));
            AuditLog.Entry handOver = new AuditLog(ben).entries(id).get(2);
            assertEquals("reassigned ben by ben", handOver.action() + " " + handOver.detail() + " by " + handOver.actor());
            io.turnaround.domain.CaseEvent last = repo.lastEvent(id).orElseThrow();
            assertEquals("reassigned ben by ben", last.action() + " " + last.detail() + " by " + last.actor(),
                    "what the window reads to say a case was handed over");
            assertEquals(Optional.empty(), new AuditLog(ben).verify(), "the chain holds after the hand-over too");

            StoreException denied = assertThrows(StoreException.class, () -> sql(ben,
                    "UPDATE audit_log SET detail = 'nothing' WHERE case_id = " + id));
            assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
            StoreException notOwner = assertThrows(StoreException.class, () -> sql(ben, "DROP TRIGGER audit_log_append_only ON audit_log"));
            assertTrue(notOwner.getMessage().contains("must be owner"), notOwner.getMessage());
            StoreException approved = assertThrows(StoreException.class, () -> sql(ben,
                    "UPDATE revisions SET comments = 'changed' WHERE response = 'APPROVED' AND case_id = " + id));
            assertTrue(approved.getMessage().contains("approved revision cannot be changed"), approved.getMessage());
            assertTrue(ben.mayChangeCases());
            repo.logAction(id, "reopened", "after revision 1"); // as the Approval step does when a manager reopens a case
            AuditLog.Entry reopened = new AuditLog(ben).entries(id).get(new AuditLog(ben).entries(id).size() - 1);
            assertEquals("reopened by ben", reopened.action() + " by " + reopened.actor(), "reopening is logged with the role");
        }
        // The board's or an auditor's role: sees every case, changes none; keeps its own window settings.
        try (Database carla = PostgresLibrary.connect("postgresql://carla@" + host + "/" + db, null)) {
            CaseRepository repo = new CaseRepository(carla, Clock.systemUTC());
            assertFalse(carla.mayChangeCases(), "the window opens read-only for this role");
            assertEquals(List.of(id), repo.list().stream().map(s -> s.id()).toList());
            CaseFile c = repo.load(id).orElseThrow();
            StoreException refused = assertThrows(StoreException.class, () -> repo.save(c.withHeader(c.header().withSubject("x")), c));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            assertThrows(StoreException.class, () -> repo.create(TestCases.fullyPopulated()));
            new SettingsRepository(carla).put(io.turnaround.domain.SettingKey.RESUME_CASE, "");
            assertEquals("Taken over by Ben", repo.load(id).orElseThrow().header().subject(), "nothing changed");
        }
    }

    private static void sql(Database db, String statement) {
        db.write(k -> {
            Sql.update(k, statement);
            return null;
        });
    }

    /** A case whose second revision the customer approved. */
    private static CaseFile approved() {
        CaseFile c = TestCases.fullyPopulated();
        List<io.turnaround.domain.ApprovalRevision> revisions = new java.util.ArrayList<>(c.approval().revisions().subList(0, 1));
        revisions.add(new io.turnaround.domain.ApprovalRevision(2, "{\"rev\":2}", "22".repeat(32), java.time.Instant.EPOCH,
                io.turnaround.domain.ApprovalResponse.APPROVED, "p-chief", java.time.Instant.EPOCH, "Agreed"));
        return c.withApproval(new io.turnaround.domain.Approval("p-chief", revisions));
    }
}
