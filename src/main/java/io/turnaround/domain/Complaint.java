package io.turnaround.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The case as a regulated complaint: the rules it is handled under, when it was received, what it is about for the
 * complaint register, how it ended and which letters went out.
 *
 * @param receivedAt     when the firm received the complaint (possibly before the call); null: when the case was opened
 * @param product        the product or service complained about, as the register groups it
 * @param rootCause      the root-cause category (required before closing under FCA and CFPB rules)
 * @param paymentServices a payment-services or e-money complaint: FCA rules give 15 business days, not 8 weeks
 * @param delayReason    why the final response is late (the holding response says it)
 * @param promisedBy     the day the holding response promises the final response by
 * @param outcome        what the final response decides
 * @param outcomeReasons the reasons given with it (required when the complaint is rejected)
 * @param redress        money offered and paid
 * @param letters        the letters sent, each stopping its clock
 * @param referredOn     the day the customer referred the complaint to the ombudsman (or the regulator), if they did
 */
public record Complaint(
        Regime regime,
        Instant receivedAt,
        @CustomerVisible String product,
        @Internal String rootCause,
        boolean paymentServices,
        @CustomerVisible String delayReason,
        LocalDate promisedBy,
        ComplaintOutcome outcome,
        @CustomerVisible String outcomeReasons,
        List<Redress> redress,
        List<SentLetter> letters,
        LocalDate referredOn) {

    public static final Complaint NONE = new Complaint(Regime.NONE, null, "", "", false, "", null, ComplaintOutcome.NONE, "",
            List.of(), List.of(), null);

    public Complaint {
        regime = regime == null ? Regime.NONE : regime;
        product = Texts.orEmpty(product);
        rootCause = Texts.orEmpty(rootCause);
        delayReason = Texts.orEmpty(delayReason);
        outcome = outcome == null ? ComplaintOutcome.NONE : outcome;
        outcomeReasons = Texts.orEmpty(outcomeReasons);
        redress = Texts.copy(redress);
        letters = Texts.copy(letters);
    }

    /** A complaint under {@code regime}, received at {@code at}, nothing else known yet. */
    public static Complaint under(Regime regime, Instant at) {
        return NONE.withRegime(regime).withReceivedAt(at);
    }

    public boolean regulated() {
        return regime != Regime.NONE;
    }

    /** The first letter of this kind sent, if any. */
    public Optional<SentLetter> sent(LetterKind kind) {
        return letters.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /** When the complaint was closed: the final response or the summary resolution communication went out. */
    public Optional<Instant> closedAt() {
        return letters.stream().filter(l -> l.kind() == LetterKind.FINAL_RESPONSE || l.kind() == LetterKind.SUMMARY_RESOLUTION)
                .map(SentLetter::sentAt).filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }

    /** The redress offered (paid = false) or paid (paid = true), summed; redress in another currency is not added in. */
    public java.math.BigDecimal redressTotal(boolean paid, String currency) {
        return redress.stream().filter(r -> r.paid() == paid && r.currency().equals(currency)).map(Redress::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    public Complaint withRegime(Regime value) {
        return new Complaint(value, receivedAt, product, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withReceivedAt(Instant value) {
        return new Complaint(regime, value, product, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withProduct(String value) {
        return new Complaint(regime, receivedAt, value, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withRootCause(String value) {
        return new Complaint(regime, receivedAt, product, value, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withPaymentServices(boolean value) {
        return new Complaint(regime, receivedAt, product, rootCause, value, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withDelay(String reason, LocalDate by) {
        return new Complaint(regime, receivedAt, product, rootCause, paymentServices, reason, by, outcome, outcomeReasons,
                redress, letters, referredOn);
    }

    public Complaint withOutcome(ComplaintOutcome value, String reasons) {
        return new Complaint(regime, receivedAt, product, rootCause, paymentServices, delayReason, promisedBy, value, reasons,
                redress, letters, referredOn);
    }

    public Complaint withRedress(List<Redress> value) {
        return new Complaint(regime, receivedAt, product, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                value, letters, referredOn);
    }

    public Complaint withLetters(List<SentLetter> value) {
        return new Complaint(regime, receivedAt, product, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, value, referredOn);
    }

    /** The same complaint with one more letter recorded as sent at {@code at}. */
    public Complaint withLetterSent(LetterKind kind, Instant at) {
        List<SentLetter> more = new java.util.ArrayList<>(letters);
        more.add(new SentLetter(null, kind, at));
        return withLetters(more);
    }

    public Complaint withReferredOn(LocalDate value) {
        return new Complaint(regime, receivedAt, product, rootCause, paymentServices, delayReason, promisedBy, outcome, outcomeReasons,
                redress, letters, value);
    }
}
