package io.turnaround.ui.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.common.I18n;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complaint record as the manager fills it in: every field saved, the deadlines said in plain words. */
class ComplaintViewModelTest {
    private static final ComplaintRules LONDON = new ComplaintRules(Regime.FCA, ZoneId.of("Europe/London"), null, null, Map.of());
    @TempDir
    Path dir;

    private static ComplaintViewModel vm(SessionFixture f) {
        return new ComplaintViewModel(f.session, () -> LONDON, f.clock, new I18n(Locale.ENGLISH));
    }

    @Test
    void choosingFcaRulesShowsTheDeadlinesFromTheDayTheCaseWasOpened() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ComplaintViewModel vm = vm(f);
            assertEquals(List.of(), vm.deadlines());
            assertEquals("", vm.summary().get());
            vm.regimeProperty().set(Regime.FCA);
            // Opened on Monday 2 March 2026 at 09:00 GMT.
            assertEquals(List.of("Acknowledgement: due tomorrow, Tue 3 Mar 2026",
                    "Resolve for a summary resolution: due in 3 days (3 business days), Thu 5 Mar 2026",
                    "Final response: due in 56 days, Mon 27 Apr 2026"), vm.deadlines());
            assertEquals("UK FCA (DISP) · Acknowledgement: due tomorrow, Tue 3 Mar 2026", vm.summary().get());
            vm.paymentServicesProperty().set(true);
            assertEquals("Final response: due in 21 days (15 business days), Mon 23 Mar 2026", vm.deadlines().get(2));
            assertEquals(Regime.FCA, f.reloaded().complaint().regime());
            assertTrue(f.reloaded().complaint().paymentServices());
        }
    }

    @Test
    void aComplaintReceivedBeforeTheCallCountsFromItsOwnDayAndTime() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ComplaintViewModel vm = vm(f);
            vm.regimeProperty().set(Regime.FCA);
            assertEquals(LocalDate.of(2026, 3, 2), vm.receivedDateProperty().get());
            assertEquals("09:00", vm.receivedTimeProperty().get());
            vm.receivedDateProperty().set(LocalDate.of(2026, 2, 27));
            vm.receivedTimeProperty().set("17:45");
            assertEquals(Instant.parse("2026-02-27T17:45:00Z"), f.reloaded().complaint().receivedAt());
            // Friday 27 February: the acknowledgement was due on Monday 2 March, today.
            assertEquals("Acknowledgement: due today, Mon 2 Mar 2026", vm.deadlines().get(0));
            vm.receivedTimeProperty().set("quarter to six");
            assertEquals(Instant.parse("2026-02-27T17:45:00Z"), f.reloaded().complaint().receivedAt(), "an unreadable time is not saved");
            f.clock.advance(java.time.Duration.ofHours(49));
            vm.productProperty().set("Current account"); // any edit refreshes the lines
            assertEquals("Acknowledgement: overdue by 2 days (Mon 2 Mar 2026)", vm.deadlines().get(0));
            assertTrue(vm.overdue().get(), "the header shows it as a warning");
            vm.markSent(LetterKind.ACKNOWLEDGEMENT);
            assertFalse(vm.overdue().get());
            assertEquals("Acknowledgement: sent (due Mon 2 Mar 2026)", vm.deadlines().get(0));
            assertEquals(Instant.parse("2026-03-04T10:00:00Z"), f.reloaded().complaint().sent(LetterKind.ACKNOWLEDGEMENT).orElseThrow().sentAt());
        }
    }

    @Test
    void outcomeRedressAndReferralAreKeptWithTheCase() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ComplaintViewModel vm = vm(f);
            vm.regimeProperty().set(Regime.FCA);
            vm.outcomeProperty().set(ComplaintOutcome.REJECTED);
            vm.outcomeReasonsProperty().set("The charge is in the tariff you agreed to");
            vm.rootCauseProperty().set("Tariff not explained");
            vm.redressAmountProperty().set("fifty");
            assertFalse(vm.addRedress());
            assertEquals("complaint.redress.amount.invalid", vm.problemProperty().get());
            vm.redressAmountProperty().set("1,250.50");
            vm.redressPaidProperty().set(true);
            vm.redressNoteProperty().set("Goodwill");
            assertTrue(vm.addRedress());
            vm.referredOnProperty().set(LocalDate.of(2026, 5, 1));
            Complaint saved = f.reloaded().complaint();
            assertEquals(ComplaintOutcome.REJECTED, saved.outcome());
            assertEquals("Tariff not explained", saved.rootCause());
            assertEquals(1, saved.redress().size());
            assertEquals(new BigDecimal("1250.50"), saved.redress().get(0).amount());
            assertTrue(saved.redress().get(0).paid());
            assertEquals(LocalDate.of(2026, 3, 2), saved.redress().get(0).on());
            assertEquals(LocalDate.of(2026, 5, 1), saved.referredOn());
            vm.removeRedress(vm.redress().get(0));
            assertEquals(List.of(), f.reloaded().complaint().redress());
        }
    }
}
