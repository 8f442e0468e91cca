package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.DueItem;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Produce;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store contract: the same assertions on the SQLite file and on a PostgreSQL database. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class PromisesTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;

    @Test
    void openPromisesAcrossCasesCanBeMarkedDoneInPlace() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            Instant now = Instant.parse("2026-03-11T09:00:00Z");
            CaseRepository repo = new CaseRepository(db, Clock.fixed(now, ZoneId.of("Europe/Berlin")));
            ZonedDateTime due = ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneId.of("America/New_York"));
            CaseFile c = CaseFile.start("", "Late delivery", "Acme", now);
            c = c.withProduce(new Produce(List.of(new Commitment("m1", "Call back", "Ann", null, null, due, true, null),
                            new Commitment("m2", "Already done", "Ann", null, null, due, false, now)), List.of()))
                    .withPrevention(new Prevention(List.of(new PreventionAction("a1", "Check orders", ActionSide.OURS, "Bob",
                            LocalDate.of(2026, 4, 1), ActionState.PLANNED, false, false, null, List.of())), ""));
            CaseFile stored = repo.create(c);

            List<DueItem> open = repo.openPromises();
            assertEquals(List.of("m1", "a1"), open.stream().map(DueItem::itemId).toList());
            assertEquals(due, open.get(0).dueAt(), "the agreed time keeps its zone");
            assertEquals(stored.header().reference(), open.get(0).reference());

            assertTrue(repo.markDone(open.get(0), now));
            assertTrue(repo.markDone(open.get(1), now));
            io.turnaround.domain.CaseEvent last = repo.lastEvent(stored.id()).orElseThrow();
            assertEquals(io.turnaround.domain.CaseEvent.PROMISE_DONE + " a1", last.action() + " " + last.detail(),
                    "logged with the edit, in its transaction, by the promise's id (not its text)");
            assertEquals(List.of(), repo.openPromises());
            CaseFile reloaded = repo.load(stored.id()).orElseThrow();
            assertEquals(now, reloaded.produce().commitments().get(0).doneAt());
            assertEquals(ActionState.DONE, reloaded.prevention().actions().get(0).state());
            assertEquals(LocalDate.of(2026, 3, 11), reloaded.prevention().actions().get(0).doneOn());
            assertEquals(2, repo.allCommitments().size());
            assertFalse(repo.markDone(new DueItem(999, "", "", DueItem.Kind.COMMITMENT, "x", "", "", due, null), now));
        }
    }

    @Test
    void theSampleCaseNeverCountsInRemindersDueListsOrFigures() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneId.of("Europe/Berlin")));
            repo.create(io.turnaround.app.SampleCase.load());
            assertEquals(List.of(), repo.openPromises(), "the sample's old promises are not due work");
            assertEquals(List.of(), repo.allCommitments());
            assertEquals(List.of(), repo.stats(), "nor a case of the dashboard or the customers' history");
            CaseFile populated = io.turnaround.TestCases.fullyPopulated();
            var h = populated.header();
            CaseFile real = repo.create(populated.withHeader(new io.turnaround.domain.CaseHeader("T-2027-0001", h.subject(),
                    h.customerOrganisation(), h.status(), h.category(), false, h.openedAt(), h.updatedAt(), h.conductNotes())));
            assertEquals(1, repo.stats().size());
            assertTrue(repo.openPromises().stream().allMatch(i -> i.caseId() == real.id()));
        }
    }

    @Test
    void agreedTimesKeepTheirZoneAndOffsetAcrossDaylightSavingChanges() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            // 02:30 on 25 October 2026 happens twice in Berlin (CEST, then CET); 02:30 on 29 March does not happen.
            ZonedDateTime firstPass = ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, berlin).withEarlierOffsetAtOverlap();
            ZonedDateTime secondPass = firstPass.withLaterOffsetAtOverlap();
            ZonedDateTime gap = ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, berlin);
            ZonedDateTime newYork = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneId.of("America/New_York"));
            List<Commitment> commitments = List.of(
                    new Commitment("a", "First", "Ann", null, null, firstPass, true, null),
                    new Commitment("b", "Second", "Ann", null, null, secondPass, false, null),
                    new Commitment("c", "Gap", "Ann", null, null, gap, false, null),
                    new Commitment("d", "Elsewhere", "Ann", newYork, newYork.plusDays(1), newYork, false, null));
            CaseFile stored = repo.create(CaseFile.start("", "Clock changes", "Acme", Instant.EPOCH)
                    .withProduce(new Produce(commitments, List.of())));
            List<Commitment> loaded = repo.load(stored.id()).orElseThrow().produce().commitments();
            assertEquals(commitments, loaded, "zone and offset survive the round trip");
            assertEquals(3600, loaded.get(1).dueAt().toEpochSecond() - loaded.get(0).dueAt().toEpochSecond(),
                    "the two 02:30s are an hour apart");
            assertEquals(3, loaded.get(2).dueAt().getHour(), "a time in the gap is the hour after it");
        }
    }
}
