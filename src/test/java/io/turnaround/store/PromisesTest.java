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

class PromisesTest {
    @TempDir
    Path dir;

    @Test
    void openPromisesAcrossCasesCanBeMarkedDoneInPlace() {
        try (Database db = Database.openIn(dir)) {
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
            assertEquals(List.of(), repo.openPromises());
            CaseFile reloaded = repo.load(stored.id()).orElseThrow();
            assertEquals(now, reloaded.produce().commitments().get(0).doneAt());
            assertEquals(ActionState.DONE, reloaded.prevention().actions().get(0).state());
            assertEquals(LocalDate.of(2026, 3, 11), reloaded.prevention().actions().get(0).doneOn());
            assertEquals(2, repo.allCommitments().size());
            assertFalse(repo.markDone(new DueItem(999, "", "", DueItem.Kind.COMMITMENT, "x", "", "", due, null), now));
        }
    }
}
