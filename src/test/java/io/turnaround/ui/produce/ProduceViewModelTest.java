package io.turnaround.ui.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Commitment;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProduceViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theNextContactIsStoredWithTheManagersZone() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel vm = new ProduceViewModel(f.session, f.clock);
            assertTrue(vm.missingDateProperty().get());
            vm.whatProperty().set("Call back with the carrier's scans");
            vm.ownerProperty().set("Ann Lee");
            vm.dateProperty().set(LocalDate.of(2026, 3, 29));
            vm.timeProperty().set("9:30");
            assertFalse(vm.missingDateProperty().get());
            Commitment next = f.reloaded().produce().nextContact().orElseThrow();
            assertEquals("Call back with the carrier's scans", next.what());
            assertEquals("Ann Lee", next.owner());
            // 29 March 2026 is the day Paris moves to summer time: 09:30 is UTC+2.
            assertEquals(ZonedDateTime.of(2026, 3, 29, 9, 30, 0, 0, ZoneId.of("Europe/Paris")), next.dueAt());
            assertEquals("2026-03-29T07:30:00Z", next.dueAt().toInstant().toString());
        }
    }

    @Test
    void anUnreadableTimeIsFlaggedAndTheDateKept() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel vm = new ProduceViewModel(f.session, f.clock);
            vm.dateProperty().set(LocalDate.of(2026, 3, 10));
            vm.timeProperty().set("half past");
            assertTrue(vm.invalidTimeProperty().get());
            assertEquals(ProduceViewModel.DEFAULT_TIME, f.reloaded().produce().nextContact().orElseThrow().dueAt().toLocalTime());
        }
    }

    @Test
    void reopeningShowsWhatWasAgreed() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel first = new ProduceViewModel(f.session, f.clock);
            first.whatProperty().set("Refund line 2");
            first.dateProperty().set(LocalDate.of(2026, 3, 12));
            first.timeProperty().set("14:00");
            ProduceViewModel again = new ProduceViewModel(f.session, f.clock);
            assertEquals("Refund line 2", again.whatProperty().get());
            assertEquals(LocalDate.of(2026, 3, 12), again.dateProperty().get());
            assertEquals("14:00", again.timeProperty().get());
            assertEquals(1, f.session.current().produce().commitments().size(), "one next-contact commitment, edited in place");
        }
    }
}
