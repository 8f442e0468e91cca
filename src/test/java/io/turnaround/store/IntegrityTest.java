package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.Approval;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved revisions are immutable in the database itself, and the audit log proves its own integrity. */
/** Part of the store contract: the same assertions on the SQLite file and on a PostgreSQL database. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class IntegrityTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    CaseRepository repo;
    AuditLog log;

    @BeforeEach
    void open() {
        db = TestLibrary.create(engine, dir).open();
        repo = new CaseRepository(db, Clock.systemUTC());
        log = new AuditLog(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CaseFile approvedCase(boolean sample) {
        CaseFile c = TestCases.fullyPopulated();
        c = c.withHeader(new io.turnaround.domain.CaseHeader(c.header().reference(), c.header().subject(),
                c.header().customerOrganisation(), c.header().status(), "", sample, c.header().openedAt(), c.header().updatedAt(), ""));
        List<ApprovalRevision> revisions = new ArrayList<>(c.approval().revisions().subList(0, 1));
        revisions.add(new ApprovalRevision(2, "{\"rev\":2}", "22".repeat(32), Instant.EPOCH, ApprovalResponse.APPROVED, "p-chief",
                Instant.EPOCH, "Agreed"));
        return repo.create(c.withApproval(new Approval("p-chief", revisions)));
    }

    /** What someone with the file and a SQLite shell, or the database's superuser, can do: drop the log's guards. */
    private void dropLogGuards() {
        if (engine == Engine.SQLITE) {
            sql("DROP TRIGGER audit_log_no_update");
            sql("DROP TRIGGER audit_log_no_delete");
        } else {
            sql("DROP TRIGGER audit_log_append_only ON audit_log");
        }
    }

    private void sql(String statement) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnApprovedRevision() {
        CaseFile c = approvedCase(false);
        StoreException update = assertThrows(StoreException.class,
                () -> sql("UPDATE revisions SET comments = 'edited' WHERE case_id = " + c.id() + " AND number = 2"));
        assertTrue(update.getMessage().contains("an approved revision cannot be changed"), update.getMessage());
        StoreException delete = assertThrows(StoreException.class,
                () -> sql("DELETE FROM revisions WHERE case_id = " + c.id() + " AND number = 2"));
        assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        assertThrows(StoreException.class, () -> repo.delete(c.id()), "nor with the whole case");
        assertTrue(repo.load(c.id()).isPresent());
    }

    @Test
    void aSentRevisionsContentNeverChangesEvenBeforeApproval() {
        CaseFile c = approvedCase(false);
        StoreException e = assertThrows(StoreException.class,
                () -> sql("UPDATE revisions SET frozen_content = 'x' WHERE case_id = " + c.id() + " AND number = 1"));
        assertTrue(e.getMessage().contains("a sent revision cannot be changed"), e.getMessage());
    }

    @Test
    void theSampleCaseCanStillBeDeleted() {
        CaseFile c = approvedCase(true);
        assertTrue(repo.delete(c.id()));
        assertTrue(repo.load(c.id()).isEmpty());
    }

    @Test
    void everyChangeIsLoggedByPartAndTheChainVerifies() {
        CaseFile c = repo.create(CaseFile.start("", "Late delivery", "Acme", Instant.EPOCH));
        CaseFile edited = c.withHeader(c.header().withSubject("Very late delivery").withUpdatedAt(Instant.now()));
        repo.save(edited, c);
        log.record(Instant.now(), c.id(), "reopened", "revision 3");
        List<AuditLog.Entry> entries = log.entries(c.id());
        assertEquals(List.of("created", "edited", "reopened"), entries.stream().map(AuditLog.Entry::action).toList());
        assertEquals("header", entries.get(1).detail(), "the part, not the text");
        assertEquals(Optional.empty(), log.verify());
    }

    /** A new case saved {@code edits} times: one "created" and that many "edited" rows in the log. */
    private void createAndEdit(int edits) {
        CaseFile c = repo.create(CaseFile.start("", "a", "A", Instant.EPOCH));
        for (int i = 0; i < edits; i++) {
            CaseFile next = c.withHeader(c.header().withSubject("s" + i));
            repo.save(next, c);
            c = next;
        }
    }

    @Test
    void theLogRefusesEditsAndDetectsThemWhenTheGuardIsRemoved() {
        createAndEdit(4);
        assertThrows(StoreException.class, () -> sql("UPDATE audit_log SET detail = 'nothing' WHERE seq = 3"));
        assertThrows(StoreException.class, () -> sql("DELETE FROM audit_log WHERE seq = 3"));

        // Someone with the file and a SQLite shell can drop the guards; the chain still tells.
        dropLogGuards();
        sql("UPDATE audit_log SET detail = 'nothing' WHERE seq = 3");
        assertEquals(Optional.of(3L), log.verify());
    }

    @Test
    void aDeletedLogRowIsDetected() {
        createAndEdit(3);
        dropLogGuards();
        sql("DELETE FROM audit_log WHERE seq = 2");
        assertEquals(Optional.of(2L), log.verify());
    }
}
