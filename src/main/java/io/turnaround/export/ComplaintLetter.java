package io.turnaround.export;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintClock;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Party;
import io.turnaround.domain.Redress;
import io.turnaround.domain.Regime;
import io.turnaround.domain.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One letter of a regulated complaint, drafted from the customer's projection of the case (internal fields such as the
 * root cause are not in it) in the summary's language: the acknowledgement, a holding response, a summary resolution
 * communication or the final response, with what the complaint's rules require the letter to say. The firm's own wording
 * (Settings › Complaint rules) replaces the body when it has one.
 *
 * @param body     the letter's text from the greeting to the signature, paragraphs separated by blank lines
 * @param sender   who signs it and sends the email
 * @param to       the customer's people who receive the case's documents; {@code cc} everyone else chosen
 */
public record ComplaintLetter(LetterKind kind, Regime regime, String reference, String subject, String title, String body,
                              Sender sender, List<Party> to, List<Party> cc, Locale language, Instant issuedAt) {

    /** The placeholders a firm's own wording may use, each replaced by the case's value. */
    public static final List<String> PLACEHOLDERS = List.of("{reference}", "{received}", "{product}", "{due}", "{reasons}", "{remedy}",
            "{redress}");

    /** Drafts the letter of {@code kind} for the case as it stands. */
    public static ComplaintLetter draft(CaseFile c, LetterKind kind, ComplaintRules rules, Sender sender, SummaryText text,
                                        CustomerView view, Instant now) {
        CaseFile visible = view.project(c);
        Complaint m = visible.complaint();
        List<ComplaintClock.Deadline> deadlines = ComplaintClock.deadlines(m, visible.header().openedAt(),
                rules.calendarFor(m.regime()), rules.zone());
        ComplaintClock.Deadline finalDue = deadlines.stream().filter(d -> d.kind() == ComplaintClock.DeadlineKind.FINAL_RESPONSE)
                .findFirst().orElse(null);
        ComplaintClock.Deadline firstDue = deadlines.stream().filter(d -> d.kind() == ComplaintClock.DeadlineKind.FIRST_RESPONSE)
                .findFirst().orElse(finalDue);
        Instant receivedAt = m.receivedAt() != null ? m.receivedAt() : visible.header().openedAt();
        String received = receivedAt == null ? "" : text.date(receivedAt.atZone(rules.zone()).toLocalDate());
        String due = m.regime() == Regime.CFPB && kind == LetterKind.ACKNOWLEDGEMENT
                ? date(text, firstDue) : date(text, finalDue);
        String reasons = sentence(m.outcomeReasons());
        String remedy = sentence(visible.resolution().remedy());
        String redress = redress(m, text);
        Map<String, String> values = Map.of("{reference}", visible.header().reference(), "{received}", received, "{product}", m.product(),
                "{due}", due, "{reasons}", reasons, "{remedy}", remedy, "{redress}", redress);

        List<String> paragraphs = new ArrayList<>();
        List<String> names = visible.parties().stream().filter(p -> p.side() == Side.CUSTOMER && p.receivesSummary() && !p.name().isBlank())
                .map(p -> p.name().strip()).toList();
        paragraphs.add(names.isEmpty() ? text.get("cover.greeting.all") : text.get("cover.greeting", String.join(", ", names)));
        Optional<String> firms = rules.wordingOf(kind);
        if (firms.isPresent()) {
            String own = firms.get();
            for (Map.Entry<String, String> e : values.entrySet()) {
                own = own.replace(e.getKey(), e.getValue());
            }
            paragraphs.add(own.strip());
        } else {
            paragraphs.addAll(ours(kind, m, text, received, due, reasons, remedy, redress));
        }
        if (m.regime() == Regime.FCA && (kind != LetterKind.ACKNOWLEDGEMENT)) {
            paragraphs.add(text.get("letter.ombudsman"));
        }
        StringBuilder closing = new StringBuilder(text.get("letter.closing"));
        List<String> signature = sender.signingFor(visible).signatureLines();
        if (!signature.isEmpty()) {
            closing.append('\n').append(String.join("\n", signature));
        }
        paragraphs.add(closing.toString());
        CustomerSummary people = new CustomerSummary(visible, sender, 0, io.turnaround.domain.ApprovalResponse.PENDING, Optional.empty(),
                null, now, "", text.locale());
        return new ComplaintLetter(kind, m.regime(), visible.header().reference(), visible.header().subject(),
                text.get("letter.title." + kind.name()), String.join("\n\n", paragraphs), sender, people.to(), people.cc(), text.locale(), now);
    }

    private static List<String> ours(LetterKind kind, Complaint m, SummaryText text, String received, String due, String reasons,
                                     String remedy, String redress) {
        List<String> p = new ArrayList<>();
        String regime = m.regime().name();
        switch (kind) {
            case ACKNOWLEDGEMENT -> {
                p.add(m.product().isBlank() ? text.get("letter.received", received) : text.get("letter.received.product", m.product(), received));
                p.add(text.get("letter.ack.handling"));
                if (m.regulated()) {
                    p.add(text.get("letter.ack." + regime, due));
                }
            }
            case HOLDING_RESPONSE -> {
                p.add(m.delayReason().isBlank() ? text.get("letter.holding.reason.none") : text.get("letter.holding.reason", sentence(m.delayReason())));
                LocalDate by = m.promisedBy();
                p.add(text.get("letter.holding.by", by != null ? text.date(by) : due));
                if (m.regime() == Regime.FCA) {
                    p.add(text.get(m.paymentServices() ? "letter.holding.FCA.payments" : "letter.holding.FCA"));
                } else if (m.regulated()) {
                    p.add(text.get("letter.holding." + regime));
                }
            }
            case SUMMARY_RESOLUTION -> {
                String what = !remedy.isEmpty() ? remedy : reasons;
                p.add(what.isEmpty() ? text.get("letter.summary.resolved.plain") : text.get("letter.summary.resolved", what));
                if (m.regime() == Regime.FCA) {
                    p.add(text.get("letter.summary.FCA"));
                }
            }
            case FINAL_RESPONSE -> {
                p.add(text.get("letter.final." + m.outcome().name(), reasons).strip());
                if (!remedy.isEmpty() && m.outcome() != io.turnaround.domain.ComplaintOutcome.REJECTED) {
                    p.add(text.get("letter.final.remedy", remedy));
                }
                if (!redress.isEmpty()) {
                    p.add(redress);
                }
                if (m.regulated()) {
                    p.add(text.get("letter.final." + regime));
                }
            }
            default -> {
            }
        }
        return p;
    }

    /** The redress as sentences: what is offered, and what was paid and when. */
    private static String redress(Complaint m, SummaryText text) {
        List<String> s = new ArrayList<>();
        for (Redress r : m.redress()) {
            String amount = text.money(r.amount(), r.currency()) + (r.note().isBlank() ? "" : " (" + r.note().strip() + ")");
            s.add(r.paid() ? text.get("letter.final.paid", amount, r.on() == null ? "" : text.date(r.on()))
                    : text.get("letter.final.offered", amount));
        }
        return String.join(" ", s);
    }

    /** Typed text as a sentence of the letter: a full stop added when it ends without one. */
    private static String sentence(String typed) {
        String s = typed.strip();
        return s.isEmpty() || !Character.isLetterOrDigit(s.charAt(s.length() - 1)) ? s : s + ".";
    }

    private static String date(SummaryText text, ComplaintClock.Deadline d) {
        return d == null ? "" : text.date(d.due());
    }

    /** The same letter with its text as the manager edited it. */
    public ComplaintLetter withBody(String value) {
        return new ComplaintLetter(kind, regime, reference, subject, title, value, sender, to, cc, language, issuedAt);
    }

    /** "T-2026-0007-final-response.pdf": the reference and the letter, safe on every file system. */
    public String fileName() {
        String ref = reference.replaceAll("[^A-Za-z0-9._-]", "_");
        return (ref.isEmpty() ? "case" : ref) + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }
}
