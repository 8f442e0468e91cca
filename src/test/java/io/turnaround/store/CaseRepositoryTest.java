package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.TestCases;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract: the same assertions on the SQLite file and on a PostgreSQL database. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class CaseRepositoryTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;
    TestLibrary library;
    Database db;
    CaseRepository repo;

    @BeforeEach
    void open() {
        library = TestLibrary.create(engine, dir);
        db = library.open();
        repo = new CaseRepository(db, new MutableClock(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFullyPopulatedCaseComesBackEqualField_byField() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        assertTrue(stored.id() > 0);
        assertEquals(stored, repo.load(stored.id()).orElseThrow());
    }

    @Test
    void aCaseSurvivesClosingAndReopeningTheFile() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        db.close();
        db = library.open();
        assertEquals(stored, new CaseRepository(db, java.time.Clock.systemUTC()).load(stored.id()).orElseThrow());
    }

    @Test
    void savingWritesEveryChangedPart() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        List<Note> notes = new ArrayList<>(stored.listen().notes());
        notes.remove(0);
        notes.add(new Note(null, 1, Instant.EPOCH, "new note", NoteTag.OTHER, false));
        CaseFile edited = stored.withListen(stored.listen().withNotes(notes))
                .withHeader(stored.header().withSubject("New subject"))
                .withFacts(List.of());
        repo.save(edited, stored);
        assertEquals(edited, repo.load(stored.id()).orElseThrow());
    }

    @Test
    void saveSkipsListsEqualToTheLastSavedVersion() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        // Lie about the last saved version: notes "unchanged" must not be rewritten.
        CaseFile edited = stored.withListen(stored.listen().withNotes(List.of()));
        repo.save(edited, edited);
        assertEquals(3, repo.load(stored.id()).orElseThrow().listen().notes().size());
    }

    @Test
    void newCasesGetTheNextReferenceOfTheYear() {
        CaseFile a = repo.create(CaseFile.start("", "a", "A", Instant.EPOCH));
        CaseFile b = repo.create(CaseFile.start("", "b", "B", Instant.EPOCH));
        assertEquals("T-2026-0001", a.header().reference());
        assertEquals("T-2026-0002", b.header().reference());
        CaseFile imported = repo.create(TestCases.fullyPopulated());
        assertEquals("T-2026-0042", imported.header().reference());
        assertEquals("T-2026-0043", repo.create(CaseFile.start("", "c", "C", Instant.EPOCH)).header().reference());
        CaseFile clash = repo.create(TestCases.fullyPopulated());
        assertNotEquals("T-2026-0042", clash.header().reference(), "a taken reference is replaced");
    }

    @Test
    void theListShowsNextContactAndFlagsOpenCasesWithoutOne() {
        CaseFile full = repo.create(TestCases.fullyPopulated());
        CaseFile bare = repo.create(CaseFile.start("", "no date yet", "Acme", Instant.parse("2026-05-01T00:00:00Z")));
        List<CaseSummary> list = repo.list();
        assertEquals(2, list.size());
        CaseSummary fullRow = list.stream().filter(s -> s.id() == full.id()).findFirst().orElseThrow();
        CaseSummary bareRow = list.stream().filter(s -> s.id() == bare.id()).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-03-09T09:00:00Z"), fullRow.nextContact());
        assertFalse(fullRow.missingNextContact());
        assertNull(bareRow.nextContact());
        assertTrue(bareRow.missingNextContact());
        assertEquals(bare.id(), list.get(0).id(), "newest first");
    }

    @Test
    void theNewestCasesAreTheFirstOfTheList() {
        for (int day = 1; day <= 7; day++) {
            repo.create(CaseFile.start("", "case " + day, "Acme", Instant.parse("2026-05-0" + day + "T09:00:00Z")));
        }
        List<CaseSummary> all = repo.list();
        io.turnaround.domain.CaseQuery newest = io.turnaround.domain.CaseQuery.ALL;
        assertEquals(all.subList(0, 3), repo.page(newest, null, 0, 3));
        assertEquals(all, repo.page(newest, null, 0, 100));
        assertEquals("case 7", repo.page(newest, null, 0, 1).get(0).subject());
        assertEquals(7, repo.count(newest));
    }

    @Test
    void manyCasesStoredAtOnceAreTheSameAsStoredOneByOne() {
        CaseFile existing = repo.create(TestCases.fullyPopulated());
        CaseFile full = TestCases.fullyPopulated();
        List<CaseFile> drafts = new ArrayList<>();
        drafts.add(full); // its reference is taken by the case above: it gets the next free one
        drafts.add(full.withHeader(full.header().withReference("")));
        drafts.add(full.withHeader(full.header().withReference("T-2020-0007")));
        drafts.add(full.withHeader(full.header().withReference("T-2020-0007"))); // twice in the same batch
        assertEquals(4, repo.createAll(drafts));
        List<CaseSummary> listed = repo.list();
        assertEquals(5, listed.size());
        assertEquals(5, listed.stream().map(CaseSummary::reference).distinct().count(), "every reference different");
        assertTrue(listed.stream().anyMatch(s -> s.reference().equals("T-2020-0007")));
        for (CaseSummary s : listed) {
            CaseFile loaded = repo.load(s.id()).orElseThrow();
            assertEquals(full.withHeader(full.header().withReference(s.reference())).withId(s.id()), loaded,
                    "every part of " + s.reference() + " stored");
        }
        assertEquals(java.util.Optional.empty(), new AuditLog(db).verify(), "the log's chain goes on through the batch");
        assertEquals(5, new AuditLog(db).entries(existing.id()).size() + listed.stream().filter(s -> s.id() != existing.id())
                .mapToInt(s -> new AuditLog(db).entries(s.id()).size()).sum(), "one 'created' per case");
        assertEquals(5, repo.search(full.header().customerOrganisation(), 20).size(), "each indexed for search");
        CaseFile after = repo.create(CaseFile.start("", "one more", "Acme", Instant.parse("2026-05-01T00:00:00Z")));
        assertTrue(listed.stream().allMatch(s -> s.id() < after.id()), "the next case's id comes after the batch's");
    }

    @Test
    void deleteRemovesTheCaseAndAllItsParts() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        assertTrue(repo.delete(stored.id()));
        assertTrue(repo.load(stored.id()).isEmpty());
        int orphans = db.read(c -> Sql.query(c, "SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM attachments) "
                + "+ (SELECT count(*) FROM effectiveness_checks) + (SELECT count(*) FROM revisions) AS n", r -> r.integer("n")).get(0));
        assertEquals(0, orphans);
        assertFalse(repo.delete(stored.id()));
    }

    @Test
    void aSentRevisionsFrozenContentNeverChanges() {
        CaseFile stored = repo.create(TestCases.fullyPopulated());
        ApprovalRevision first = stored.approval().revisions().get(0);
        ApprovalRevision tampered = new ApprovalRevision(1, "{\"rev\":\"edited\"}", first.sha256(), first.sentAt(),
                ApprovalResponse.APPROVED, first.responderPartyId(), first.respondedAt(), "changed");
        CaseFile edited = stored.withApproval(new io.turnaround.domain.Approval("p-chief",
                List.of(tampered, stored.approval().revisions().get(1))));
        repo.save(edited, stored);
        assertEquals(first, repo.load(stored.id()).orElseThrow().approval().revisions().get(0));
    }

    @Test
    void saveRefusesAnUnstoredCase() {
        assertThrows(IllegalArgumentException.class, () -> repo.save(TestCases.fullyPopulated(), null));
    }
}
