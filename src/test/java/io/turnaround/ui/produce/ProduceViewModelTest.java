package io.turnaround.ui.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Commitment;
import io.turnaround.domain.ExpectationState;
import io.turnaround.domain.Settings;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProduceViewModelTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir
    Path dir;

    private static ProduceViewModel vm(SessionFixture f, List<ZonedDateTime> busy) {
        return new ProduceViewModel(f.session, f.clock, id -> CompletableFuture.completedFuture(busy), () -> Settings.DEFAULTS);
    }

    @Test
    void theNextContactIsStoredWithTheManagersZone() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel vm = vm(f, List.of());
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
            assertEquals(ZonedDateTime.of(2026, 3, 29, 9, 30, 0, 0, PARIS), next.dueAt());
            assertEquals("2026-03-29T07:30:00Z", next.dueAt().toInstant().toString());
        }
    }

    @Test
    void anUnreadableTimeIsFlaggedAndNothingWrongIsSaved() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel vm = vm(f, List.of());
            vm.dateProperty().set(LocalDate.of(2026, 3, 10));
            vm.timeProperty().set("half past");
            assertTrue(vm.invalidTimeProperty().get());
            assertEquals(LocalTime.of(10, 0), f.reloaded().produce().nextContact().orElseThrow().dueAt().toLocalTime());
        }
    }

    @Test
    void aDateInThePastIsFlagged() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel vm = vm(f, List.of());
            vm.dateProperty().set(LocalDate.of(2026, 2, 27));
            assertTrue(vm.dateInPastProperty().get());
            vm.dateProperty().set(LocalDate.of(2026, 3, 4));
            assertFalse(vm.dateInPastProperty().get());
        }
    }

    @Test
    void theProposalSkipsFullDaysAndAllThreeDatesAreKept() {
        try (SessionFixture f = new SessionFixture(dir)) {
            // Monday 2 March 2026, 10:00 in Paris. Buffer one working day: Tuesday 3rd, which is full.
            ZonedDateTime tuesday = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, PARIS);
            ProduceViewModel vm = vm(f, List.of(tuesday, tuesday.plusHours(2), tuesday.plusHours(4)));
            ZonedDateTime proposal = f.await(vm.propose());
            assertEquals(ZonedDateTime.of(2026, 3, 4, 10, 0, 0, 0, PARIS), proposal);
            assertEquals(LocalDate.of(2026, 3, 4), vm.dateProperty().get());
            // The customer rejects it: their deadline is Friday; we agree Thursday 15:00.
            vm.customerDeadlineProperty().set(LocalDate.of(2026, 3, 6));
            vm.dateProperty().set(LocalDate.of(2026, 3, 5));
            vm.timeProperty().set("15:00");
            Commitment k = f.reloaded().produce().nextContact().orElseThrow();
            assertEquals(proposal, k.proposedAt());
            assertEquals(ZonedDateTime.of(2026, 3, 6, 23, 59, 0, 0, PARIS), k.customerDeadline(),
                    "a day given by the customer is due by its end, whatever time we typed for our call");
            assertEquals(ZonedDateTime.of(2026, 3, 5, 15, 0, 0, 0, PARIS), k.dueAt());
            vm.timeProperty().set("21:00");
            assertEquals(ZonedDateTime.of(2026, 3, 6, 23, 59, 0, 0, PARIS), f.reloaded().produce().nextContact().orElseThrow()
                    .customerDeadline());
        }
    }

    @Test
    void reopeningShowsWhatWasAgreed() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ProduceViewModel first = vm(f, List.of());
            first.whatProperty().set("Refund line 2");
            first.dateProperty().set(LocalDate.of(2026, 3, 12));
            first.timeProperty().set("14:00");
            first.customerDeadlineProperty().set(LocalDate.of(2026, 3, 13));
            ProduceViewModel again = vm(f, List.of());
            assertEquals("Refund line 2", again.whatProperty().get());
            assertEquals(LocalDate.of(2026, 3, 12), again.dateProperty().get());
            assertEquals("14:00", again.timeProperty().get());
            assertEquals(LocalDate.of(2026, 3, 13), again.customerDeadlineProperty().get());
            assertEquals(1, f.session.current().produce().commitments().size(), "one next-contact commitment, edited in place");
        }
    }

    @Test
    void theExpectationsLedgerKeepsStateMeasureAndEscalation() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ExpectationsModel ledger = vm(f, List.of()).expectations();
            assertTrue(ledger.add("A full refund"));
            assertTrue(ledger.add("An answer by Friday"));
            ledger.update(0, ExpectationState.ESCALATED, "", "Regional director");
            ledger.update(1, ExpectationState.AGREED, "Call by Friday 12:00", "ignored unless escalated");
            var stored = f.reloaded().produce().expectations();
            assertEquals(ExpectationState.ESCALATED, stored.get(0).state());
            assertEquals("Regional director", stored.get(0).escalatedTo());
            assertEquals("Call by Friday 12:00", stored.get(1).measure());
            assertEquals("", stored.get(1).escalatedTo());
        }
    }

    @Test
    void anExpectationKeepsTheHistoryOfItsNegotiation() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ExpectationsModel model = vm(f, List.of()).expectations();
            model.line().textProperty().set("Replacement gowns for theatre");
            model.line().enter();
            f.clock.advance(java.time.Duration.ofMinutes(1));
            model.update(0, ExpectationState.VALIDATING, "200 overnight", "");
            f.clock.advance(java.time.Duration.ofMinutes(3));
            for (String typed : new String[] {"1", "12", "120 by 7 am", "120 by 7 am and 80 by 2 pm"}) {
                model.update(0, ExpectationState.NEGOTIATING, typed, ""); // typed: one step, not one per keystroke
            }
            f.clock.advance(java.time.Duration.ofMinutes(5));
            model.update(0, ExpectationState.AGREED, "120 by 7 am and 80 by 2 pm", "");
            var e = f.reloaded().produce().expectations().get(0);
            assertEquals(List.of(ExpectationState.VALIDATING, ExpectationState.NEGOTIATING, ExpectationState.AGREED),
                    e.history().stream().map(h -> h.state()).toList());
            assertEquals(List.of("200 overnight", "120 by 7 am and 80 by 2 pm", "120 by 7 am and 80 by 2 pm"),
                    e.history().stream().map(h -> h.measure()).toList());
            assertEquals(f.clock.instant().minusSeconds(300), e.history().get(1).at(), "when the negotiation started");
        }
    }
}
