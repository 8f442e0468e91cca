package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainRulesTest {
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void aNewCaseStartsOnTheCallWithTheFourStandingQuestions() {
        CaseFile c = CaseFile.start("", "Late delivery", "Acme", Instant.EPOCH);
        assertEquals(CaseStatus.OPEN_ON_CALL, c.header().status());
        assertEquals(List.of(QuestionKind.BIGGEST_PROBLEM, QuestionKind.FOLLOW_ON_PROBLEMS, QuestionKind.REMEDY_SOUGHT,
                QuestionKind.TIME_ALLOWED), c.ask().questions().stream().map(Question::kind).toList());
        assertEquals(Set0.none(), StepCompleteness.completeSteps(c));
    }

    @Test
    void nullTextBecomesEmptyAndListsAreImmutable() {
        Note n = new Note(null, 0, null, null, null, false);
        assertEquals("", n.text());
        assertEquals(NoteTag.OTHER, n.tag());
        assertFalse(n.id().isBlank());
        List<Note> list = new java.util.ArrayList<>(List.of(n));
        Listen l = Listen.EMPTY.withNotes(list);
        list.clear();
        assertEquals(1, l.notes().size(), "a record keeps its own copy");
    }

    @Test
    void nextContactIsTheEarliestOpenDatedNextContactCommitment() {
        Commitment later = new Commitment("a", "x", "", null, null, MONDAY.plusDays(3), true, null);
        Commitment earlierButDone = new Commitment("b", "x", "", null, null, MONDAY.minusDays(1), true, Instant.EPOCH);
        Commitment notNextContact = new Commitment("c", "x", "", null, null, MONDAY.minusDays(5), false, null);
        Commitment undated = new Commitment("d", "x", "", null, null, null, true, null);
        Commitment earliest = new Commitment("e", "x", "", null, null, MONDAY, true, null);
        Produce p = new Produce(List.of(later, earlierButDone, notNextContact, undated, earliest), List.of());
        assertEquals(Optional.of(earliest), p.nextContact());
        assertEquals(Optional.empty(), new Produce(List.of(undated), List.of()).nextContact());
    }

    @Test
    void nextContactsInDifferentZonesCompareByInstant() {
        Commitment tokyo = new Commitment("t", "x", "", null, null, ZonedDateTime.of(2026, 3, 9, 17, 0, 0, 0, ZoneId.of("Asia/Tokyo")),
                true, null);
        Commitment paris = new Commitment("p", "x", "", null, null, MONDAY, true, null); // 09:00 UTC, tokyo is 08:00 UTC
        assertEquals("t", new Produce(List.of(paris, tokyo), List.of()).nextContact().orElseThrow().id());
    }

    @Test
    void theFullSampleTicksTheStepsItHasTheEssentialsFor() {
        CaseFile c = TestCases.fullyPopulated();
        assertEquals(EnumSet.of(Step.LISTEN, Step.EMPATHIZE, Step.ASK, Step.PRODUCE, Step.FACTS, Step.CONCLUSIONS, Step.RESOLUTION),
                StepCompleteness.completeSteps(c), "prevention has an action without a due date; approval is pending");
    }

    @Test
    void conclusionsNeedAResponsibilityAndAKeptScenarioIfAnyAreListed() {
        CaseFile c = TestCases.fullyPopulated();
        Conclusions noneKept = c.conclusions().withScenarios(List.of(new Scenario("s", "x", false, "y", List.of())));
        assertFalse(StepCompleteness.isComplete(Step.CONCLUSIONS, c.withConclusions(noneKept)));
        assertFalse(StepCompleteness.isComplete(Step.CONCLUSIONS,
                c.withConclusions(c.conclusions().withResponsibility(Responsibility.UNDECIDED))));
    }

    @Test
    void approvalIsCompleteOnlyWhenTheLatestRevisionIsApproved() {
        CaseFile c = TestCases.fullyPopulated();
        ApprovalRevision approved = new ApprovalRevision(3, "{}", "", Instant.EPOCH, ApprovalResponse.APPROVED, "p-chief", Instant.EPOCH, "");
        List<ApprovalRevision> revisions = new java.util.ArrayList<>(c.approval().revisions());
        revisions.add(approved);
        assertTrue(StepCompleteness.isComplete(Step.APPROVAL, c.withApproval(new Approval("p-chief", revisions))));
        assertFalse(StepCompleteness.isComplete(Step.APPROVAL, c));
    }

    @Test
    void preventionActionsNeedWhatOwnerAndDueDate() {
        PreventionAction ok = new PreventionAction(null, "Train staff", ActionSide.OURS, "Ann", LocalDate.EPOCH, null, false, false, null, null);
        assertTrue(ok.isActionable());
        assertFalse(new PreventionAction(null, "Train staff", ActionSide.OURS, "", LocalDate.EPOCH, null, false, false, null, null)
                .isActionable());
        assertFalse(new PreventionAction(null, "Train staff", ActionSide.OURS, "Ann", null, null, false, false, null, null).isActionable());
    }

    @Test
    void referencesAreNumberedPerYear() {
        assertEquals("T-2026-0042", CaseReference.format(2026, 42));
        assertEquals("T-2026-12345", CaseReference.format(2026, 12345));
        assertEquals(Optional.of(42), CaseReference.numberIn("T-2026-0042", 2026));
        assertEquals(Optional.empty(), CaseReference.numberIn("T-2025-0042", 2026));
        assertEquals(Optional.empty(), CaseReference.numberIn("imported-7", 2026));
        assertEquals(Optional.empty(), CaseReference.numberIn("T-2026-99999999999999", 2026));
    }

    @Test
    void temperatureCyclesThroughAllLevels() {
        assertEquals(Temperature.UPSET, Temperature.CALM.next());
        assertEquals(Temperature.ANGRY, Temperature.UPSET.next());
        assertEquals(Temperature.CALM, Temperature.ANGRY.next());
    }

    @Test
    void stepsAreNumberedOneToNineInTwoPhases() {
        assertEquals(9, Step.values().length);
        assertEquals(1, Step.LISTEN.number());
        assertEquals(9, Step.APPROVAL.number());
        assertEquals(4, java.util.Arrays.stream(Step.values()).filter(s -> s.phase() == Step.Phase.ON_CALL).count());
    }

    /** Readable empty step set. */
    private static final class Set0 {
        static java.util.Set<Step> none() {
            return EnumSet.noneOf(Step.class);
        }
    }
}
