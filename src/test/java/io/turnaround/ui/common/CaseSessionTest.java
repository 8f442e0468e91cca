package io.turnaround.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseStore;
import io.turnaround.store.StoreException;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSessionTest {
    @TempDir
    Path dir;

    @Test
    void everyEditReachesTheDatabaseWithoutASaveCommand() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            for (int i = 1; i <= 200; i++) {
                String subject = "Subject " + i;
                f.session.update(c -> c.withHeader(c.header().withSubject(subject)));
            }
            assertEquals(SaveState.SAVING, f.session.saveStateProperty().get());
            // No flush: the autosave alone must get there.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (f.session.hasUnsavedEdits() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(f.session.hasUnsavedEdits());
            f.settle();
            assertEquals("Subject 200", f.repository.load(f.session.current().id()).orElseThrow().header().subject());
            assertEquals(SaveState.SAVED, f.session.saveStateProperty().get());
        }
    }

    @Test
    void flushSavesAtOnce() {
        try (SessionFixture f = new SessionFixture(dir)) {
            f.session.update(c -> c.withHeader(c.header().withCustomerOrganisation("Rivertown")));
            f.await(f.session.flush());
            assertFalse(f.session.hasUnsavedEdits());
            assertEquals("Rivertown", f.repository.load(f.session.current().id()).orElseThrow().header().customerOrganisation());
        }
    }

    @Test
    void anEditStampsTheUpdatedTimeAndANoOpEditChangesNothing() {
        try (SessionFixture f = new SessionFixture(dir)) {
            CaseFile before = f.session.current();
            f.clock.advance(Duration.ofMinutes(5));
            f.session.update(c -> c);
            assertEquals(before, f.session.current());
            assertFalse(f.session.hasUnsavedEdits());
            f.session.update(c -> c.withHeader(c.header().withSubject("x")));
            assertEquals(f.clock.instant(), f.session.current().header().updatedAt());
        }
    }

    @Test
    void aFailedSaveKeepsTheEditsAndRetriesUntilItSucceeds() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            AtomicBoolean diskFull = new AtomicBoolean(true);
            // A repository whose saves fail while the "disk is full".
            CaseSession session = new CaseSession(f.session.current(), new FailingRepository(f.repository, diskFull), f.tasks, f.clock);
            session.update(c -> c.withHeader(c.header().withSubject("typed while the disk was full")));
            f.await(session.flush());
            assertEquals(SaveState.FAILED, session.saveStateProperty().get());
            assertTrue(session.saveErrorProperty().get().contains("disk"), session.saveErrorProperty().get());
            assertTrue(session.hasUnsavedEdits());
            assertEquals("typed while the disk was full", session.current().header().subject(), "the text stays in memory");

            diskFull.set(false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (session.hasUnsavedEdits() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(session.hasUnsavedEdits(), "the retry saved it");
            f.settle();
            assertEquals(SaveState.SAVED, session.saveStateProperty().get());
            assertEquals("typed while the disk was full", f.repository.load(session.current().id()).orElseThrow().header().subject());
        }
    }

    @Test
    void editsMadeAsOneReachTheDiskTogetherNeverHalfDone() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            FailingRepository store = new FailingRepository(f.repository, new AtomicBoolean(false));
            // No autosave delay: without asOneEdit the worker would save the half-done state during the pause.
            CaseSession session = new CaseSession(f.session.current(), store, f.tasks, f.clock, true, java.time.Duration.ZERO);
            session.update(c -> c.withDraft(io.turnaround.domain.DraftField.ASK_PROBLEM, "Seams tear at the shoulder"));
            f.await(session.flush());
            store.saved.clear();
            session.asOneEdit(() -> {
                session.update(c -> c.withAsk(c.ask().withProblems(java.util.List.of(
                        new io.turnaround.domain.CustomerProblem(null, "Seams tear at the shoulder")))));
                sleep(150);
                session.update(c -> c.withDraft(io.turnaround.domain.DraftField.ASK_PROBLEM, ""));
            });
            f.await(session.flush());
            assertFalse(store.saved.isEmpty());
            for (CaseFile saved : store.saved) {
                assertEquals(saved.ask().problems().isEmpty(), !saved.draft(io.turnaround.domain.DraftField.ASK_PROBLEM).isEmpty(),
                        "the problem and its emptied line are saved together: " + saved.ask().problems() + " / " + saved.drafts());
            }
            assertEquals("", f.repository.load(session.current().id()).orElseThrow().draft(io.turnaround.domain.DraftField.ASK_PROBLEM));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delegates to a real repository, failing saves while {@code failing} is set. */
    private static final class FailingRepository extends io.turnaround.store.ForwardingCaseStore {
        private final CaseStore real;
        private final AtomicBoolean failing;
        /** Every snapshot that reached the disk, in order. */
        final java.util.List<CaseFile> saved = new java.util.concurrent.CopyOnWriteArrayList<>();

        FailingRepository(CaseStore real, AtomicBoolean failing) {
            this.real = real;
            this.failing = failing;
        }

        @Override
        protected CaseStore delegate() {
            return real;
        }

        @Override
        public void save(CaseFile current, CaseFile lastSaved) {
            if (failing.get()) {
                throw new StoreException("Could not save: the disk is full");
            }
            real.save(current, lastSaved);
            saved.add(current);
        }
    }
}
