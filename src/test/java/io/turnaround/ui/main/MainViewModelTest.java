package io.turnaround.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Step;
import io.turnaround.store.CaseStore;
import io.turnaround.store.StoreException;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.common.I18n;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's state without a window: which page shows, that leaving a case saves it first, that a case open at a
 * crash comes back at its step, and that background failures reach the status line. The worker runs on its own
 * thread and results come back on the test's thread (the UI thread here), as in the app.
 */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final io.turnaround.ui.RecordingDialogs dialogs = new io.turnaround.ui.RecordingDialogs(null);
    private final List<String> errorsShown = dialogs.errors;

    private MainViewModel vm(SessionFixture f, CaseStore store) {
        return new MainViewModel(store, f.tasks, dialogs, new I18n(Locale.ENGLISH), f.clock);
    }

    @Test
    void thePageFollowsEveryCommandAndLeavingACaseSavesItFirst() {
        try (SessionFixture f = new SessionFixture(dir)) {
            MainViewModel vm = vm(f, f.repository);
            f.await(vm.refresh());
            assertEquals(Page.CASES, vm.pageProperty().get());
            assertEquals(1, vm.cases().size());

            f.await(vm.newCase());
            assertEquals(Page.caseAt(Step.LISTEN), vm.pageProperty().get(), "a new case opens on Listen");
            vm.goTo(Step.ASK);
            assertEquals(Page.caseAt(Step.ASK), vm.pageProperty().get());
            vm.next();
            assertEquals(Page.caseAt(Step.PRODUCE), vm.pageProperty().get());
            vm.back();
            assertEquals(Page.caseAt(Step.ASK), vm.pageProperty().get());
            long id = vm.openCaseProperty().get().current().id();
            vm.openCaseProperty().get().update(c -> c.withHeader(c.header().withSubject("Torn seams on 200 gowns")));

            f.await(vm.show(Page.Kind.DUE));
            assertEquals(Page.library(Page.Kind.DUE), vm.pageProperty().get());
            assertNull(vm.openCaseProperty().get());
            assertNull(vm.wizard());
            assertEquals("Torn seams on 200 gowns", f.repository.load(id).orElseThrow().header().subject(), "saved on the way out");

            f.await(vm.show(Page.Kind.DASHBOARD));
            assertEquals(Page.library(Page.Kind.DASHBOARD), vm.pageProperty().get());
            vm.goTo(Step.FACTS); // no case open: nothing happens
            assertEquals(Page.library(Page.Kind.DASHBOARD), vm.pageProperty().get());
        }
    }

    @Test
    void closingACaseSavesItThenReloadsTheListOnTheUiThread() {
        try (SessionFixture f = new SessionFixture(dir)) {
            MainViewModel vm = vm(f, f.repository);
            f.await(vm.refresh());
            f.await(vm.open(f.session.current().id()));
            vm.openCaseProperty().get().update(c -> c.withHeader(c.header().withSubject("Gowns: seams torn at the shoulder")));
            // The reload is chained onto the save: it must run where the list lives, not on the worker.
            f.await(vm.closeCase());
            assertEquals(Page.CASES, vm.pageProperty().get());
            assertEquals(List.of("Gowns: seams torn at the shoulder"), vm.cases().stream().map(CaseSummary::subject).toList());
            assertEquals(List.of(), errorsShown);
        }
    }

    @Test
    void aCaseOpenAtACrashComesBackAtItsStepAndADeletedOneIsPassedOver() {
        try (SessionFixture f = new SessionFixture(dir)) {
            MainViewModel vm = vm(f, f.repository);
            long id = f.session.current().id();
            assertTrue(f.await(vm.reopen(id, Step.PRODUCE)));
            assertEquals(Page.caseAt(Step.PRODUCE), vm.pageProperty().get());
            assertEquals(id, vm.openCaseProperty().get().current().id());

            f.await(vm.closeCase());
            assertFalse(f.await(vm.reopen(id + 100, Step.ASK)));
            assertEquals(Page.CASES, vm.pageProperty().get());
            assertEquals(List.of(), errorsShown, "without a word");
        }
    }

    @Test
    void aBackgroundFailureWithoutAHandlerOfItsOwnReachesTheStatusLine() {
        try (SessionFixture f = new SessionFixture(dir)) {
            CaseStore broken = (CaseStore) Proxy.newProxyInstance(CaseStore.class.getClassLoader(), new Class<?>[] {CaseStore.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("page")) {
                            throw new StoreException("The case file cannot be read: the disk was removed.");
                        }
                        try {
                            return method.invoke(f.repository, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            MainViewModel vm = vm(f, broken);
            assertNull(vm.backgroundErrors().latestProperty().get());
            f.await(vm.refresh());
            var failure = vm.backgroundErrors().latestProperty().get();
            assertNotNull(failure, "the list's failure is said, not swallowed");
            assertEquals("The case file cannot be read: the disk was removed.", failure.reason());
            vm.backgroundErrors().clear();
            assertNull(vm.backgroundErrors().latestProperty().get());
        }
    }

    @Test
    void theCallMenuWorksOnEveryStep() {
        try (SessionFixture f = new SessionFixture(dir)) {
            MainViewModel vm = vm(f, f.repository);
            f.await(vm.reopen(f.session.current().id(), Step.ASK));
            vm.call(c -> c.start());
            CaseFile open = vm.openCaseProperty().get().current();
            assertEquals(io.turnaround.domain.Listen.CallState.RUNNING, open.listen().callState(), "started from Ask");
            vm.call(c -> c.cycleTemperature());
            assertEquals(io.turnaround.domain.Temperature.CALM, vm.openCaseProperty().get().current().listen().currentTemperature());
            f.clock.advance(java.time.Duration.ofSeconds(252));
            vm.call(c -> c.end());
            assertEquals("Call ended at 04:12", vm.noticeProperty().get(), "said in the status line, on Ask");
            vm.goTo(Step.PRODUCE);
            assertEquals("", vm.noticeProperty().get(), "until the page changes");
        }
    }

    @Test
    void aColleaguesChangeRefreshesTheListThePageOnShowAndTheOpenCase() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            java.util.concurrent.atomic.AtomicReference<java.util.function.LongConsumer> announce = new java.util.concurrent.atomic.AtomicReference<>();
            List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
            CaseStore announcing = (CaseStore) Proxy.newProxyInstance(CaseStore.class.getClassLoader(), new Class<?>[] {CaseStore.class},
                    (proxy, method, args) -> {
                        asked.add(method.getName());
                        if (method.getName().equals("watch")) {
                            announce.set((java.util.function.LongConsumer) args[0]);
                            return (AutoCloseable) () -> { };
                        }
                        try {
                            return method.invoke(f.repository, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            MainViewModel vm = vm(f, announcing);
            f.await(vm.refresh());
            vm.watchColleagues();
            long id = f.session.current().id();
            f.await(vm.open(id));
            // A colleague adds a note, through a connection of their own (the store behind the proxy here).
            CaseFile before = f.repository.load(id).orElseThrow();
            CaseFile theirs = before.withListen(before.listen().withNoteAdded(new io.turnaround.domain.Note(null, 1, java.time.Instant.EPOCH,
                    "A colleague's note", io.turnaround.domain.NoteTag.CLAIM, false)))
                    .withHeader(before.header().withUpdatedAt(before.header().updatedAt().plusSeconds(5)));
            f.repository.save(theirs, before);
            asked.clear();
            Thread listener = new Thread(() -> announce.get().accept(id)); // announced on the store's own thread
            listener.start();
            listener.join();
            for (int i = 0; i < 20 && vm.openCaseProperty().get().current().listen().notes().size() == before.listen().notes().size(); i++) {
                Thread.sleep(50);
                f.settle();
            }
            assertEquals(theirs.listen().notes(), vm.openCaseProperty().get().current().listen().notes(), "the open case shows it");
            assertTrue(asked.contains("load"));
            f.await(vm.show(Page.Kind.DUE));
            asked.clear();
            new Thread(() -> announce.get().accept(id + 1000)).start();
            for (int i = 0; i < 20 && !asked.contains("openPromises"); i++) {
                Thread.sleep(50);
                f.settle();
            }
            assertTrue(asked.contains("count") && asked.contains("openPromises"), "the list and what is due read again: " + asked);
        }
    }

    @Test
    void aCaseAColleagueHandsToThisManagerIsSaidAndOnlyThat() throws Exception {
        try (SessionFixture f = new SessionFixture(dir)) {
            java.util.concurrent.atomic.AtomicReference<java.util.function.LongConsumer> announce = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicReference<io.turnaround.domain.CaseEvent> last = new java.util.concurrent.atomic.AtomicReference<>();
            CaseStore team = (CaseStore) Proxy.newProxyInstance(CaseStore.class.getClassLoader(), new Class<?>[] {CaseStore.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "watch" -> {
                            announce.set((java.util.function.LongConsumer) args[0]);
                            yield (AutoCloseable) () -> { };
                        }
                        case "lastEvent" -> java.util.Optional.ofNullable(last.get());
                        default -> {
                            try {
                                yield method.invoke(f.repository, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    });
            MainViewModel vm = vm(f, team);
            vm.caseList().setMe("anna");
            f.await(vm.refresh());
            vm.watchColleagues();
            long id = f.session.current().id();
            java.time.Instant at = java.time.Instant.parse("2026-03-02T10:00:00Z");
            last.set(new io.turnaround.domain.CaseEvent(at, "edited", "listen", "ben"));
            announce.get().accept(id);
            f.settle();
            f.settle();
            assertNull(vm.fromColleagueProperty().get(), "an edit by a colleague is no hand-over");
            last.set(new io.turnaround.domain.CaseEvent(at, "reassigned", "anna", "ben"));
            announce.get().accept(id);
            for (int i = 0; i < 20 && vm.fromColleagueProperty().get() == null; i++) {
                Thread.sleep(20);
                f.settle();
            }
            FromColleague handed = vm.fromColleagueProperty().get();
            assertNotNull(handed);
            assertEquals(FromColleague.Kind.HANDED_OVER, handed.kind());
            assertEquals(id, handed.caseId());
            assertEquals("ben", handed.by());
            assertEquals(f.session.current().header().reference(), handed.reference());

            // Ben marks done a promise of a case that is Anna's: she is told; of a case that is not hers, she is not.
            last.set(new io.turnaround.domain.CaseEvent(at, io.turnaround.domain.CaseEvent.PROMISE_DONE, "c-1", "ben"));
            announce.get().accept(id);
            f.settle();
            f.settle();
            assertEquals(FromColleague.Kind.HANDED_OVER, vm.fromColleagueProperty().get().kind(), "not her case: nothing new");
            f.db.write(c -> {
                try (var update = c.prepareStatement("UPDATE cases SET owner = 'anna' WHERE id = " + id)) {
                    return update.executeUpdate();
                }
            });
            announce.get().accept(id);
            for (int i = 0; i < 20 && vm.fromColleagueProperty().get().kind() != FromColleague.Kind.PROMISE_DONE; i++) {
                Thread.sleep(20);
                f.settle();
            }
            assertEquals(FromColleague.Kind.PROMISE_DONE, vm.fromColleagueProperty().get().kind());
            assertEquals("ben", vm.fromColleagueProperty().get().by());
        }
    }
}
