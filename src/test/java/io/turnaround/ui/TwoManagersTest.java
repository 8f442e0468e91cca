package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.TestCases;
import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseMerge;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Question;
import io.turnaround.store.AuditLog;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.ConcurrentEditException;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.TestLibrary;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.ConcurrentEdits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two managers on one case, each with a connection of their own (as two laptops on a team library): a save never goes
 * over the other's change; what does not touch the same field merges by itself; the same field is the second one's to
 * decide, and the audit log records the choice; a case approved meanwhile stays approved.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class TwoManagersTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;
    final TestUiThread ui = new TestUiThread();
    final BackgroundTasks tasks = new BackgroundTasks(ui);
    final MutableClock annasClock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    final MutableClock bensClock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    Database annasConnection;
    Database bensConnection;
    CaseRepository annas;
    CaseRepository bens;
    long id;

    /** Ben's answers: he keeps the colleague's value; what he was told. */
    final List<CaseMerge.Conflict> bensQuestions = new ArrayList<>();
    final List<CaseMerge.Conflict> bensNotSaved = new ArrayList<>();
    final ConcurrentEdits ben = new ConcurrentEdits() {
        @Override
        public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, Instant when) {
            bensQuestions.addAll(conflicts);
            return CaseMerge.Conflict::theirs;
        }

        @Override
        public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
            bensNotSaved.addAll(notSaved);
        }
    };

    @BeforeEach
    void open() {
        TestLibrary library = TestLibrary.create(engine, dir);
        annasConnection = library.open();
        bensConnection = library.open();
        annas = new CaseRepository(annasConnection, annasClock);
        bens = new CaseRepository(bensConnection, bensClock);
        id = annas.create(TestCases.fullyPopulated()).id();
    }

    @AfterEach
    void close() {
        tasks.close();
        annasConnection.close();
        bensConnection.close();
    }

    private CaseSession annasSession() {
        return new CaseSession(annas.load(id).orElseThrow(), annas, tasks, annasClock, true, Duration.ofMillis(20), ConcurrentEdits.KEEP_MINE);
    }

    private CaseSession bensSession() {
        return new CaseSession(bens.load(id).orElseThrow(), bens, tasks, bensClock, true, Duration.ofMillis(20), ben);
    }

    private void settle() {
        for (int i = 0; i < 4; i++) {
            ui.await(tasks.drain());
        }
    }

    /** Anna edits and her edit is saved; then Ben, whose window still had the case from before hers. */
    private void annaThenBen(CaseSession anna, java.util.function.UnaryOperator<CaseFile> hers, CaseSession ben,
                             java.util.function.UnaryOperator<CaseFile> his) {
        annasClock.advance(Duration.ofSeconds(1));
        anna.updateWorkflow(hers); // an edit, or a step of the approval loop
        ui.await(anna.flush());
        bensClock.advance(Duration.ofSeconds(2));
        ben.update(his);
        ui.await(ben.flush());
        settle();
    }

    private static CaseFile noteAdded(CaseFile c, String text) {
        return c.withListen(c.listen().withNoteAdded(new Note(null, 1_000, Instant.EPOCH, text, NoteTag.CLAIM, false)));
    }

    private static CaseFile answered(CaseFile c, String answer) {
        List<Question> questions = new ArrayList<>(c.ask().questions());
        questions.set(0, questions.get(0).withAnswer(answer));
        return c.withAsk(c.ask().withQuestions(questions));
    }

    @Test
    void twoManagersOpeningCasesAtTheSameMomentGetDifferentReferences() throws Exception {
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<String>>> made = new ArrayList<>();
            for (CaseRepository repo : List.of(annas, bens)) {
                made.add(both.submit(() -> {
                    List<String> references = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        references.add(repo.create(CaseFile.start("", "Call " + i, "Acme", Instant.now())).header().reference());
                    }
                    return references;
                }));
            }
            List<String> all = new ArrayList<>(made.get(0).get());
            all.addAll(made.get(1).get());
            assertEquals(30, all.size());
            assertEquals(30, all.stream().distinct().count(), "no reference taken twice, no error");
        } finally {
            both.shutdown();
        }
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndWritesNothing() {
        CaseFile base = annas.load(id).orElseThrow();
        CaseFile annasEdit = base.withHeader(base.header().withSubject("Anna's subject").withUpdatedAt(base.header().updatedAt().plusSeconds(1)));
        annas.save(annasEdit, base);
        CaseFile bensEdit = base.withHeader(base.header().withSubject("Ben's subject").withUpdatedAt(base.header().updatedAt().plusSeconds(2)));
        ConcurrentEditException refused = assertThrows(ConcurrentEditException.class, () -> bens.save(bensEdit, base));
        assertEquals(annasEdit, refused.theirs(), "the case as it stands, to merge with");
        assertEquals("Anna's subject", bens.load(id).orElseThrow().header().subject());
    }

    @Test
    void bothAddingNotesKeepsBothWithoutAQuestion() {
        CaseSession anna = annasSession();
        CaseSession ben = bensSession();
        annaThenBen(anna, c -> noteAdded(c, "Anna: the van was late"), ben, c -> noteAdded(c, "Ben: the invoice is wrong"));
        List<String> stored = annas.load(id).orElseThrow().listen().notes().stream().map(Note::text).toList();
        assertTrue(stored.contains("Anna: the van was late") && stored.contains("Ben: the invoice is wrong"), stored.toString());
        assertEquals(annas.load(id).orElseThrow(), ben.current(), "Ben's window holds the merged case, as stored");
        assertEquals(List.of(), bensQuestions, "nothing to ask");
        assertTrue(new AuditLog(annasConnection).entries(id).stream().noneMatch(e -> e.action().equals("merged")),
                "a merge nobody decided is an edit like any other");
        // Anna goes on typing: her next save finds Ben's merge and merges again, by itself.
        annasClock.advance(Duration.ofSeconds(3));
        anna.update(c -> noteAdded(c, "Anna: and the driver was rude"));
        ui.await(anna.flush());
        settle();
        assertEquals(annas.load(id).orElseThrow().listen().notes().size(), TestCases.fullyPopulated().listen().notes().size() + 3);
    }

    @Test
    void bothEditingTheSameAnswerAsksTheSecondAndRecordsTheChoice() {
        CaseSession anna = annasSession();
        CaseSession ben = bensSession();
        annaThenBen(anna, c -> answered(c, "Friday at noon"), ben, c -> answered(noteAdded(c, "Ben's note"), "Monday morning"));
        assertEquals(1, bensQuestions.size());
        assertEquals("Monday morning", bensQuestions.get(0).mine());
        assertEquals("Friday at noon", bensQuestions.get(0).theirs());
        CaseFile stored = annas.load(id).orElseThrow();
        assertEquals("Friday at noon", stored.ask().questions().get(0).answer(), "Ben kept Anna's answer");
        assertTrue(stored.listen().notes().stream().anyMatch(n -> n.text().equals("Ben's note")), "and the rest of his edit");
        assertTrue(new AuditLog(annasConnection).entries(id).stream()
                .anyMatch(e -> e.action().equals("merged") && e.detail().contains("kept theirs")), "the choice is in the log");
    }

    @Test
    void aQuestionWaitsUntilBenLeavesTheFieldWhatHeTypesMeanwhileIsHeldAndHeIsToldWhoAndWhen() {
        List<Runnable> waiting = new ArrayList<>();
        List<String> whoAndWhen = new ArrayList<>();
        ConcurrentEdits typing = new ConcurrentEdits() {
            @Override
            public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, Instant when) {
                bensQuestions.addAll(conflicts);
                whoAndWhen.add(who + " at " + when);
                return CaseMerge.Conflict::theirs;
            }

            @Override
            public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
            }

            @Override
            public boolean whenFree(Runnable ask) {
                waiting.add(ask); // Ben is still in the field
                return true;
            }
        };
        List<CaseFile> held = new ArrayList<>();
        List<Long> released = new ArrayList<>();
        io.turnaround.store.CaseStore bensStore = new io.turnaround.store.ForwardingCaseStore() {
            @Override
            protected io.turnaround.store.CaseStore delegate() {
                return bens;
            }

            @Override
            public void hold(CaseFile base, CaseFile current) {
                held.add(current);
            }

            @Override
            public void release(long caseId) {
                released.add(caseId);
            }
        };
        CaseSession anna = annasSession();
        CaseSession ben = new CaseSession(bens.load(id).orElseThrow(), bensStore, tasks, bensClock, true, Duration.ofMillis(20), typing);
        annaThenBen(anna, c -> answered(c, "Friday at noon"), ben, c -> answered(c, "Monday"));
        assertEquals(io.turnaround.ui.common.SaveState.DECIDE_LATER, ben.saveStateProperty().get(), "the status line says it waits");
        assertEquals(List.of(), bensQuestions, "nothing pops up while Ben is in the field");

        bensClock.advance(Duration.ofSeconds(1));
        ben.update(c -> answered(c, "Monday morning, by phone")); // he finishes his sentence
        ui.await(ben.flush());
        settle();
        assertEquals(List.of(), bensQuestions);
        assertEquals("Monday morning, by phone", held.get(held.size() - 1).ask().questions().get(0).answer(),
                "what he typed meanwhile is held on his computer");
        assertEquals("Friday at noon", annas.load(id).orElseThrow().ask().questions().get(0).answer(), "and nothing written over Anna's");

        waiting.forEach(Runnable::run); // he leaves the field (the test thread is the UI thread)
        settle();
        assertEquals(1, bensQuestions.size());
        assertEquals("Monday morning, by phone", bensQuestions.get(0).mine(), "asked about what he finished typing");
        assertEquals((engine == Engine.POSTGRESQL ? annasConnection.role() : "") + " at " + annas.load(id).orElseThrow().header().updatedAt(),
                whoAndWhen.get(0));
        assertEquals("Friday at noon", annas.load(id).orElseThrow().ask().questions().get(0).answer(), "he kept Anna's");
        assertTrue(released.contains(id), "what was held is released once saved");
        assertTrue(new AuditLog(annasConnection).entries(id).stream().anyMatch(e -> e.action().equals("merged") && e.detail().contains("kept theirs")));
    }

    @Test
    void aMergeThatFailsLeavesTheEditsInMemoryAndSavingGoesOn() throws Exception {
        int[] asked = {0};
        ConcurrentEdits failingOnce = new ConcurrentEdits() {
            @Override
            public Function<CaseMerge.Conflict, Object> decide(List<CaseMerge.Conflict> conflicts, String who, Instant when) {
                if (asked[0]++ == 0) {
                    throw new IllegalStateException("the dialog could not be shown");
                }
                return CaseMerge.Conflict::mine;
            }

            @Override
            public void approvedMeanwhile(List<CaseMerge.Conflict> notSaved) {
            }
        };
        CaseSession anna = annasSession();
        CaseSession ben = new CaseSession(bens.load(id).orElseThrow(), bens, tasks, bensClock, true, Duration.ofMillis(20), failingOnce);
        annaThenBen(anna, c -> answered(c, "Friday"), ben, c -> answered(c, "Monday"));
        assertEquals(1, asked[0]);
        assertEquals(io.turnaround.ui.common.SaveState.FAILED, ben.saveStateProperty().get(), "the status line says it is not saved");
        assertEquals("Monday", ben.current().ask().questions().get(0).answer(), "what Ben typed is still there");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"Monday".equals(annas.load(id).orElseThrow().ask().questions().get(0).answer()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            settle();
        }
        assertEquals(2, asked[0], "asked again when saving was tried again");
        assertEquals("Monday", annas.load(id).orElseThrow().ask().questions().get(0).answer());
    }

    @Test
    void aCaseApprovedWhileTheOtherEditsStaysApprovedAndTheOtherIsToldWhatWasNotSaved() {
        CaseSession anna = annasSession();
        CaseSession ben = bensSession();
        annaThenBen(anna, c -> c.withHeader(c.header().withStatus(CaseStatus.APPROVED)),
                ben, c -> c.withResolution(c.resolution().withRemedy("A refund instead")));
        CaseFile stored = annas.load(id).orElseThrow();
        assertTrue(ApprovalFlow.isReadOnly(stored));
        assertEquals(TestCases.fullyPopulated().resolution().remedy(), stored.resolution().remedy(), "the approved case is unchanged");
        assertEquals(1, bensNotSaved.size());
        assertEquals("resolution.remedy", bensNotSaved.get(0).path());
        assertEquals("A refund instead", bensNotSaved.get(0).mine());
        assertTrue(ben.readOnlyProperty().get(), "Ben's window shows the case read-only now");
    }

    @Test
    void aColleaguesSaveAnnouncedLiveIsTakenInWithWhatIsTypedHere() {
        CaseSession anna = annasSession();
        CaseSession ben = bensSession();
        annasClock.advance(Duration.ofSeconds(1));
        anna.update(c -> noteAdded(c, "Anna: the van was late"));
        ui.await(anna.flush());
        bensClock.advance(Duration.ofSeconds(2));
        ben.update(c -> c.withResolution(c.resolution().withRemedy("Ben is typing this")));
        // Ben's window hears of Anna's save before his own is written (the delay has not run out).
        ben.changedElsewhere(annas.load(id).orElseThrow());
        settle();
        assertTrue(ben.current().listen().notes().stream().anyMatch(n -> n.text().equals("Anna: the van was late")), "shown at once");
        assertEquals("Ben is typing this", ben.current().resolution().remedy(), "his text is not replaced");
        ui.await(ben.flush());
        settle();
        CaseFile stored = annas.load(id).orElseThrow();
        assertEquals("Ben is typing this", stored.resolution().remedy());
        assertTrue(stored.listen().notes().stream().anyMatch(n -> n.text().equals("Anna: the van was late")));
        // Announced again with nothing new: nothing changes, nothing is written.
        int logged = new AuditLog(annasConnection).entries(id).size();
        ben.changedElsewhere(annas.load(id).orElseThrow());
        settle();
        assertEquals(logged, new AuditLog(annasConnection).entries(id).size());
    }
}
