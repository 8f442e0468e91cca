package io.turnaround;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.Approval;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.Ask;
import io.turnaround.domain.Attachment;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.DraftField;
import io.turnaround.domain.CaseHeader;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.domain.Empathize;
import io.turnaround.domain.Expectation;
import io.turnaround.domain.ExpectationState;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Party;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Produce;
import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.Resolution;
import io.turnaround.domain.Responsibility;
import io.turnaround.domain.Scenario;
import io.turnaround.domain.Side;
import io.turnaround.domain.Stance;
import io.turnaround.domain.Temperature;
import io.turnaround.domain.TemperatureReading;
import io.turnaround.export.CustomerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Cases for tests. {@link #fullyPopulated()} sets every field of the model to a value other
 * than its default, so a round trip that drops any field fails.
 */
public final class TestCases {
    public static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TestCases() {
    }

    public static CaseFile fullyPopulated() {
        CaseHeader header = new CaseHeader("T-2026-0042", "Fire department shirts: print worn out after washing",
                "Rivertown Fire Department", CaseStatus.AWAITING_APPROVAL, "Quality", true, T0, T0.plusSeconds(3600),
                "Escalates every quarter; polite on the phone, harsh in writing.");
        Party chief = new Party("p-chief", "Zoë Ångström-Øster", "Rivertown Fire Department", "Deputy Chief",
                "zoe@rivertown-fd.example", "+1 555 0100", Side.CUSTOMER, true);
        Party ours = new Party("p-ours", "王小明", "Turnaround Garments", "Head of Production", "wang@tg.example", "",
                Side.OUR_FIRM, true);
        Party laundry = new Party("p-laundry", "Дмитрий Шостакович", "CleanCo Industrial Laundry", "Plant manager", "", "+7 495 000",
                Side.THIRD_PARTY, false);
        Listen listen = new Listen(T0, T0.plusSeconds(1500), 42_000, T0.plusSeconds(900), List.of(
                new Note("n1", 12_000, T0.plusSeconds(12), "Print peels after 3 washes\nall 40 shirts", NoteTag.CLAIM, true),
                new Note("n2", 95_000, T0.plusSeconds(95), "Furious: crew looks shabby at the parade", NoteTag.EMOTION, false),
                new Note("n3", 300_000, T0.plusSeconds(300), "Wants replacement before 1 May", NoteTag.REQUEST, true)),
                List.of(new TemperatureReading(T0, 0, Temperature.ANGRY),
                        new TemperatureReading(T0.plusSeconds(600), 600_000, Temperature.UPSET)), "They also said the colours ran");
        Empathize empathize = new Empathize("Your crew's shirts wore out after three washes, before the parade.", T0.plusSeconds(700));
        Ask ask = new Ask(List.of(
                new Question("q1", QuestionKind.BIGGEST_PROBLEM, "", "The print peels off"),
                new Question("q2", QuestionKind.FOLLOW_ON_PROBLEMS, "", "Had to buy stopgap shirts"),
                new Question("q3", QuestionKind.REMEDY_SOUGHT, "", "Reprint all 40 for free"),
                new Question("q4", QuestionKind.TIME_ALLOWED, "", "Two weeks"),
                new Question("q5", QuestionKind.CUSTOM, "How are they washed?", "Sent to an industrial laundry")),
                List.of(new CustomerProblem("pr1", "Print peels"), new CustomerProblem("pr2", "Stopgap costs")),
                List.of(new CheckDown("c1", "All 40 shirts are affected", CheckDownState.CORRECTED, "Only 32 of 40"),
                        new CheckDown("c2", "They were washed weekly", CheckDownState.CONFIRMED, "")));
        ZonedDateTime due = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, PARIS);
        Produce produce = new Produce(List.of(
                new Commitment("k1", "Call back with the lab result", "王小明", due.minusDays(1), due.plusDays(2), due, true, null),
                new Commitment("k2", "Send wash-test photos", "Quality desk", null, null, due.minusDays(2), false,
                        T0.plusSeconds(86_400))),
                List.of(new Expectation("e1", "Free reprint", ExpectationState.ESCALATED, "", "Regional director"),
                        new Expectation("e2", "Answer within two weeks", ExpectationState.AGREED, "Call by 9 March", "", List.of(
                                new io.turnaround.domain.ExpectationStep(T0, ExpectationState.VALIDATING, "Answer by Friday"),
                                new io.turnaround.domain.ExpectationStep(T0.plusSeconds(120), ExpectationState.NEGOTIATING, "Call by 9 March"),
                                new io.turnaround.domain.ExpectationStep(T0.plusSeconds(300), ExpectationState.AGREED, "Call by 9 March")))));
        List<Fact> facts = List.of(
                new Fact("f1", LocalDate.of(2026, 1, 10), LocalTime.of(14, 5), "Order of 40 screen-printed shirts received", Side.OUR_FIRM,
                        "Order #4471", List.of(new Attachment("a1", "order-4471.pdf", "a1-order-4471.pdf", "ab".repeat(32), 48_213)),
                        true, FactKind.FACT),
                new Fact("f2", LocalDate.of(2026, 2, 20), null, "Shirts go to an industrial laundry at 90 °C", Side.CUSTOMER,
                        "Laundry's letter", List.of(), false, FactKind.OPINION));
        Conclusions conclusions = new Conclusions("f2", "We re-cured without asking how they are washed",
                "Did not mention the industrial laundry", "Suspects our ink is cheap", "No print survives 90 °C washing",
                List.of(new Scenario("s1", "Ink cured too briefly", false, "Lab cure test passed", List.of("f1")),
                        new Scenario("s2", "Laundry too hot for any print", true, "Laundry letter states 90 °C", List.of("f1", "f2"))),
                Responsibility.BOTH, "We should have asked how the shirts are cleaned.", "Their buyer is hostile", "Care instructions");
        Resolution resolution = new Resolution("Reprint all 40 for free", "Embroider 32 shirts; we pay the difference",
                FairnessPrinciple.BOTH_MADE_MISTAKES, true, new BigDecimal("1250.50"), new BigDecimal("300.00"), "CHF",
                "Line 2: printing", "T&C 7.2 (care)", true, false, null, Stance.PROPOSE_BETTER_SOLUTION);
        Prevention prevention = new Prevention(List.of(
                new PreventionAction("pa1", "Ask every uniform customer how garments are cleaned", ActionSide.OURS, "Sales lead",
                        LocalDate.of(2026, 4, 1), ActionState.DONE, true, true, LocalDate.of(2026, 3, 25),
                        List.of(new EffectivenessCheck(LocalDate.of(2026, 4, 24), "No repeat", true),
                                new EffectivenessCheck(LocalDate.of(2026, 5, 24), "", null))),
                new PreventionAction("pa2", "Tell the laundry about embroidery care", ActionSide.CUSTOMERS, "Deputy Chief", null,
                        ActionState.PLANNED, false, false, null, List.of())),
                "Chief Miller (budget holder)");
        CaseFile unsent = new CaseFile(0, header, List.of(chief, ours, laundry), listen, empathize, ask, produce, facts, conclusions,
                resolution, prevention, null);
        CustomerView.FrozenRevision first = new CustomerView().freeze(unsent, "Dear Zoë,\n\nHere is our summary.");
        CustomerView.FrozenRevision second = new CustomerView().freeze(unsent, "Dear Zoë,\n\nAs agreed, the laundry is at 90 °C.");
        Approval approval = new Approval("p-chief", "p-ours", "Dear Zoë,\n\nAs we agreed, here is the new plan.", "en-GB", List.of(
                new ApprovalRevision(1, first.content(), first.sha256(), T0.plusSeconds(172_800), ApprovalResponse.CHANGES_REQUESTED,
                        "p-chief", T0.plusSeconds(259_200), "Laundry is at 90 °C, not 60 °C"),
                new ApprovalRevision(2, second.content(), second.sha256(), T0.plusSeconds(345_600), ApprovalResponse.PENDING, null,
                        null, "")));
        // Half-typed lines, as a crash would leave them.
        // A complaint under FCA rules: a payments complaint with an extension, redress offered and paid, three letters.
        io.turnaround.domain.Complaint complaint = io.turnaround.domain.Complaint.under(io.turnaround.domain.Regime.FCA,
                        T0.minusSeconds(7_200))
                .withProduct("Uniform rental").withRootCause("Care label not checked").withPaymentServices(true)
                .withDelay("The laundry's records come from its head office", LocalDate.of(2026, 4, 10))
                .withOutcome(io.turnaround.domain.ComplaintOutcome.REDRESS_WITHOUT_ACCEPTING, "Goodwill for the delay")
                .withRedress(List.of(new io.turnaround.domain.Redress("r1", false, new BigDecimal("150.00"), "GBP", LocalDate.of(2026, 3, 20),
                                "Reprinting 40 shirts"),
                        new io.turnaround.domain.Redress("r2", true, new BigDecimal("150.00"), "GBP", LocalDate.of(2026, 3, 27), "")))
                .withLetters(List.of(new io.turnaround.domain.SentLetter("l1", io.turnaround.domain.LetterKind.ACKNOWLEDGEMENT, T0),
                        new io.turnaround.domain.SentLetter("l2", io.turnaround.domain.LetterKind.HOLDING_RESPONSE, T0.plusSeconds(604_800))))
                .withReferredOn(LocalDate.of(2026, 5, 2));
        return unsent.withApproval(approval).withComplaint(complaint).withDraft(DraftField.ASK_PROBLEM, "They also want the logo sm")
                .withDraft(DraftField.FACT_WHAT, "Laundry log shows 90");
    }
}
