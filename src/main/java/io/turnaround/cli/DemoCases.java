package io.turnaround.cli;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.Approval;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseHeader;
import io.turnaround.domain.CaseReference;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Party;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Produce;
import io.turnaround.domain.Question;
import io.turnaround.domain.Responsibility;
import io.turnaround.domain.Side;
import io.turnaround.export.CustomerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic synthetic cases for trying the library and measuring it: varied customers (some in non-Latin
 * scripts), parties, call notes, facts, commitments, prevention actions, every status, approval loops. The same
 * seed gives the same cases, byte for byte: nothing depends on the clock or on random ids.
 */
final class DemoCases {
    private static final Instant UNTIL = Instant.parse("2026-11-01T09:00:00Z");
    private static final String[] ORGS = {"Rivertown Fire Department", "Acme Logistics", "Globex Retail", "Initech Foods",
            "Müller & Söhne GmbH", "Société Lyonnaise de Transport", "北京纺织有限公司", "ООО Северсталь-Сервис", "شركة الخليج للتجارة",
            "מפעלי הגליל", "Ελληνικά Τρόφιμα ΑΕ", "Nordic Health Clinics", "Harbor City Schools", "Umbrella Pharmacies",
            "Stark Engineering", "Wayne Hospitality", "Tyrell Property", "Cyberdyne Security", "Soylent Catering", "Hooli Cloud"};
    private static final String[] FIRST = {"Zoë", "Liam", "Amira", "Kenji", "Olga", "Mateo", "Fatima", "Noah", "Ingrid", "Wei",
            "Dmitri", "Chloé", "Yusuf", "Hannah", "Priya", "Tomás", "王", "Дарья", "محمد", "דוד"};
    private static final String[] LAST = {"Ångström", "Murphy", "Haddad", "Tanaka", "Petrova", "García", "Okafor", "Schmidt", "Larsen",
            "Chen", "Novak", "Dubois", "Yilmaz", "Kowalski", "Sharma", "Costa", "小明", "Шостакович", "الأحمد", "כהן"};
    private static final String[] PRODUCTS = {"uniform shirts", "delivery vans", "software licences", "catering service", "lab reagents",
            "office chairs", "cleaning contract", "server hosting", "printed brochures", "spare parts"};
    private static final String[] PROBLEMS = {"arrived late", "wrong invoice", "wore out early", "missing items", "rude driver",
            "service outage", "damaged on arrival", "double charged", "not as ordered", "repair failed twice"};
    private static final String[] NOTE_TEXTS = {"Customer says the %s %s again", "Needs it fixed before the board meeting",
            "Furious: third time this quarter", "Asks for a full refund of the %s", "Mentions a competitor's offer",
            "Confirms the order number from March", "Wants written confirmation by Friday", "Says our hotline never called back",
            "Calmer once the timeline was agreed", "Their warehouse closes at 16:00"};

    private final Random random;
    private final CustomerView view = new CustomerView();
    private final Map<Integer, Integer> referencesPerYear = new HashMap<>();
    private long ids;

    DemoCases(long seed) {
        this(seed, false);
    }

    /** @param regulated every case a complaint under FCA (seven in ten) or CFPB rules, many of them closed */
    DemoCases(long seed, boolean regulated) {
        this.random = new Random(seed);
        // Their own stream: the same seed makes the same cases whether or not they are regulated.
        this.complaints = regulated ? new Random(seed ^ 0x5EED) : null;
    }

    private final Random complaints;
    private static final String[] ROOT_CAUSES = {"Process not followed", "Staff error", "Supplier failure", "System fault",
        "Terms unclear"};

    CaseFile next() {
        CaseFile c = nextCase();
        return complaints == null ? c : c.withComplaint(complaint(c));
    }

    /** A complaint received up to three days before the call; a closed case was answered, some within three days. */
    private io.turnaround.domain.Complaint complaint(CaseFile c) {
        Random r = complaints;
        boolean fca = r.nextInt(10) < 7;
        Instant received = c.header().openedAt().minus(r.nextInt(3), ChronoUnit.DAYS).minus(r.nextInt(7_200), ChronoUnit.SECONDS);
        io.turnaround.domain.Complaint m = io.turnaround.domain.Complaint.under(fca ? io.turnaround.domain.Regime.FCA
                        : io.turnaround.domain.Regime.CFPB, received)
                .withProduct(pick(PRODUCTS)).withRootCause(ROOT_CAUSES[r.nextInt(ROOT_CAUSES.length)])
                .withPaymentServices(fca && r.nextInt(5) == 0);
        List<io.turnaround.domain.SentLetter> letters = new ArrayList<>();
        letters.add(new io.turnaround.domain.SentLetter(id(), io.turnaround.domain.LetterKind.ACKNOWLEDGEMENT,
                received.plus(r.nextInt(48), ChronoUnit.HOURS)));
        if (!c.header().status().isOpen()) {
            boolean quick = fca && r.nextInt(6) == 0;
            Instant closed = received.plus(quick ? 1 + r.nextInt(3) : 1 + r.nextInt(80), ChronoUnit.DAYS);
            letters.add(new io.turnaround.domain.SentLetter(id(), quick ? io.turnaround.domain.LetterKind.SUMMARY_RESOLUTION
                    : io.turnaround.domain.LetterKind.FINAL_RESPONSE, closed));
            io.turnaround.domain.ComplaintOutcome outcome = io.turnaround.domain.ComplaintOutcome.values()[1 + r.nextInt(3)];
            m = m.withOutcome(outcome, outcome == io.turnaround.domain.ComplaintOutcome.REJECTED ? "The charge is in the agreed tariff" : "");
            if (outcome != io.turnaround.domain.ComplaintOutcome.REJECTED) {
                BigDecimal amount = BigDecimal.valueOf(10 + r.nextInt(490)).setScale(2);
                List<io.turnaround.domain.Redress> redress = new ArrayList<>();
                java.time.LocalDate offered = closed.atZone(ZoneOffset.UTC).toLocalDate();
                redress.add(new io.turnaround.domain.Redress(id(), false, amount, fca ? "GBP" : "USD", offered, "Goodwill"));
                if (r.nextBoolean()) {
                    redress.add(new io.turnaround.domain.Redress(id(), true, amount, fca ? "GBP" : "USD", offered.plusDays(r.nextInt(10)), ""));
                }
                m = m.withRedress(redress);
            }
            if (r.nextInt(10) == 0) {
                m = m.withReferredOn(closed.atZone(ZoneOffset.UTC).toLocalDate().plusDays(10 + r.nextInt(60)));
            }
        }
        return m.withLetters(letters);
    }

    private CaseFile nextCase() {
        Instant opened = UNTIL.minus(random.nextInt(5 * 365), ChronoUnit.DAYS).minus(random.nextInt(36_000), ChronoUnit.SECONDS);
        int year = opened.atZone(ZoneOffset.UTC).getYear();
        String reference = CaseReference.format(year, referencesPerYear.merge(year, 1, Integer::sum));
        String org = pick(ORGS) + (random.nextInt(3) == 0 ? "" : " " + (1 + random.nextInt(40)));
        String product = pick(PRODUCTS);
        String problem = pick(PROBLEMS);
        // Older cases are mostly settled; the last two months hold the open ones.
        boolean old = opened.isBefore(UNTIL.minus(60, ChronoUnit.DAYS));
        CaseStatus status = old && random.nextInt(10) > 0 ? (random.nextBoolean() ? CaseStatus.APPROVED : CaseStatus.CLOSED)
                : pick(CaseStatus.values());
        Party contact = new Party(id(), pick(FIRST) + " " + pick(LAST), org, "Operations manager",
                "contact" + ids + "@example.org", "", Side.CUSTOMER, true);
        Party ours = new Party(id(), pick(FIRST) + " " + pick(LAST), "Turnaround Demo", "Account lead", "lead" + ids + "@example.com",
                "", Side.OUR_FIRM, true);
        List<Note> notes = new ArrayList<>();
        int noteCount = 3 + random.nextInt(10);
        for (int i = 0; i < noteCount; i++) {
            notes.add(new Note(id(), i * 40_000L, opened.plusSeconds(i * 40L), String.format(pick(NOTE_TEXTS), product, problem),
                    pick(NoteTag.values()), random.nextInt(4) == 0));
        }
        List<Fact> facts = new ArrayList<>();
        LocalDate day = opened.atZone(ZoneOffset.UTC).toLocalDate().minusDays(20);
        for (int i = 0; i < 2 + random.nextInt(5); i++) {
            day = day.plusDays(1 + random.nextInt(4));
            facts.add(new Fact(id(), day, null, "Order of " + (10 + random.nextInt(90)) + " " + product + " " + (i == 0 ? "received" : problem),
                    pick(Side.values()), "Record #" + (1000 + random.nextInt(9000)), List.of(), random.nextBoolean(), FactKind.FACT));
        }
        ZonedDateTime due = opened.atZone(ZoneId.of("Europe/London")).plusDays(1 + random.nextInt(30)).withHour(10).withMinute(0);
        boolean done = status.isOpen() ? random.nextInt(3) == 0 : true;
        Commitment next = new Commitment(id(), "Call back with the findings", ours.name(), due.minusDays(1), due.plusDays(2), due, true,
                done ? due.toInstant().minusSeconds(3600) : null);
        List<PreventionAction> actions = List.of(new PreventionAction(id(), "Check every " + product + " order before dispatch",
                pick(ActionSide.values()), ours.name(), due.toLocalDate().plusDays(30),
                status.isOpen() || random.nextInt(6) == 0 ? pick(ActionState.values()) : ActionState.VERIFIED, random.nextBoolean(),
                false, null, List.of()));

        CaseFile c = CaseFile.start(reference, product.substring(0, 1).toUpperCase() + product.substring(1) + " " + problem, org, opened);
        String category = pick(Conclusions.CAUSE_CATEGORIES.toArray(String[]::new));
        c = c.withHeader(new CaseHeader(reference, c.header().subject(), org, status, category, false, opened, opened,
                        random.nextInt(10) == 0 ? "Escalates often; polite on the phone" : ""))
                .withParties(List.of(contact, ours))
                .withListen(c.listen().withNotes(notes))
                .withAsk(c.ask().withQuestions(c.ask().questions().stream()
                                .map(q -> new Question(id(), q.kind(), q.text(), random.nextBoolean() ? "By the end of the month" : ""))
                                .toList())
                        .withProblems(List.of(new CustomerProblem(id(), problem), new CustomerProblem(id(), "costs of the delay"))))
                .withProduce(new Produce(List.of(next), List.of()))
                .withFacts(facts)
                .withConclusions(c.conclusions().withResponsibility(pick(Responsibility.values())).withCauseCategory(category)
                        .withAcceptedBlame(random.nextBoolean() ? "We did not check the " + product + " before dispatch." : ""))
                .withResolution(c.resolution().withRequestedRemedy("Full refund").withRemedy("Replace the " + product + " at our cost")
                        .withCosts(BigDecimal.valueOf(50 + random.nextInt(5000)), BigDecimal.ZERO, "EUR"))
                .withPrevention(new Prevention(actions, ""));
        return withRevisions(c, status, contact, opened);
    }

    /** Cases awaiting approval have one sent revision; approved and closed ones one or two loops, the last approved. */
    private CaseFile withRevisions(CaseFile c, CaseStatus status, Party contact, Instant opened) {
        if (status == CaseStatus.OPEN_ON_CALL || status == CaseStatus.INVESTIGATING) {
            return c.withApproval(new Approval(contact.id(), List.of()));
        }
        CustomerView.FrozenRevision frozen = view.freeze(c, "Dear " + contact.name() + ",\n\nHere is the written summary of case "
                + c.header().reference() + ", as we agreed on our call.");
        List<ApprovalRevision> revisions = new ArrayList<>();
        Instant sent = opened.plus(3 + random.nextInt(10), ChronoUnit.DAYS);
        boolean twoLoops = status != CaseStatus.AWAITING_APPROVAL && random.nextInt(3) == 0;
        if (twoLoops) {
            revisions.add(new ApprovalRevision(1, frozen.content(), frozen.sha256(), sent, ApprovalResponse.CHANGES_REQUESTED,
                    contact.id(), sent.plus(2, ChronoUnit.DAYS), "Please add the laundry's letter."));
            sent = sent.plus(4, ChronoUnit.DAYS);
        }
        boolean answered = status != CaseStatus.AWAITING_APPROVAL;
        revisions.add(new ApprovalRevision(revisions.size() + 1, frozen.content(), frozen.sha256(), sent,
                answered ? ApprovalResponse.APPROVED : ApprovalResponse.PENDING, answered ? contact.id() : null,
                answered ? sent.plus(2, ChronoUnit.DAYS) : null, answered ? "Agreed." : ""));
        return c.withApproval(new Approval(contact.id(), revisions));
    }

    private String id() {
        return "demo-" + (++ids);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
