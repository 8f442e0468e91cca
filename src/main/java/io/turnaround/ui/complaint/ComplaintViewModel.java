package io.turnaround.ui.complaint;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintClock;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Redress;
import io.turnaround.domain.Regime;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.I18n;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case as a regulated complaint: its fields (each edit saved like any other), the deadlines under the firm's rules in
 * plain words, and the redress and letters recorded. Testable without a window.
 */
public final class ComplaintViewModel {
    private final CaseSession session;
    private final Supplier<ComplaintRules> rules;
    private final Clock clock;
    private final DeadlineWords words;
    private final ObjectProperty<Regime> regime;
    private final ObjectProperty<LocalDate> receivedDate;
    private final StringProperty receivedTime;
    private final StringProperty product;
    private final StringProperty rootCause;
    private final ObjectProperty<Boolean> paymentServices;
    private final StringProperty delayReason;
    private final ObjectProperty<LocalDate> promisedBy;
    private final ObjectProperty<ComplaintOutcome> outcome;
    private final StringProperty outcomeReasons;
    private final ObjectProperty<LocalDate> referredOn;
    private final ObservableList<String> deadlines = FXCollections.observableArrayList();
    private final ObservableList<Redress> redress = FXCollections.observableArrayList();
    private final StringProperty redressAmount = new SimpleStringProperty("");
    private final StringProperty redressNote = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> redressDate = new SimpleObjectProperty<>();
    private final BooleanProperty redressPaid = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringBinding summary;
    private final javafx.beans.binding.BooleanBinding overdue;

    public ComplaintViewModel(CaseSession session, Supplier<ComplaintRules> rules, Clock clock, I18n i18n) {
        this.session = session;
        this.rules = rules;
        this.clock = clock;
        this.words = new DeadlineWords(i18n);
        regime = complaintValue(Complaint::regime, Complaint::withRegime);
        receivedDate = CaseBindings.value(session, c -> received(c).toLocalDate(), (c, d) -> d == null ? c : withReceived(c, d, null));
        receivedTime = CaseBindings.text(session, c -> received(c).toLocalTime().withSecond(0).withNano(0).toString(),
                (c, t) -> parseTime(t) == null ? c : withReceived(c, null, parseTime(t)));
        product = complaintText(Complaint::product, Complaint::withProduct);
        rootCause = complaintText(Complaint::rootCause, Complaint::withRootCause);
        paymentServices = complaintValue(Complaint::paymentServices, (m, v) -> m.withPaymentServices(Boolean.TRUE.equals(v)));
        delayReason = complaintText(Complaint::delayReason, (m, v) -> m.withDelay(v, m.promisedBy()));
        promisedBy = complaintValue(Complaint::promisedBy, (m, v) -> m.withDelay(m.delayReason(), v));
        outcome = complaintValue(Complaint::outcome, (m, v) -> m.withOutcome(v, m.outcomeReasons()));
        outcomeReasons = complaintText(Complaint::outcomeReasons, (m, v) -> m.withOutcome(m.outcome(), v));
        referredOn = complaintValue(Complaint::referredOn, Complaint::withReferredOn);
        summary = Bindings.createStringBinding(() -> headline(session.current()), session.currentProperty());
        overdue = Bindings.createBooleanBinding(() -> {
            CaseFile c = session.current();
            var m = c.complaint();
            return m.regulated() && ComplaintClock.next(m, c.header().openedAt(), rules.get().calendarFor(m.regime()), rules.get().zone(),
                    clock.instant()).map(d -> d.overdue(clock.instant())).orElse(false);
        }, session.currentProperty());
        session.currentProperty().addListener((o, was, now) -> refreshLists());
        refreshLists();
    }

    private <T> ObjectProperty<T> complaintValue(Function<Complaint, T> get, BiFunction<Complaint, T, Complaint> set) {
        return CaseBindings.value(session, c -> get.apply(c.complaint()), (c, v) -> c.withComplaint(set.apply(c.complaint(), v)));
    }

    private StringProperty complaintText(Function<Complaint, String> get, BiFunction<Complaint, String, Complaint> set) {
        return CaseBindings.text(session, c -> get.apply(c.complaint()), (c, v) -> c.withComplaint(set.apply(c.complaint(), v)));
    }

    /** When the complaint was received, in the firm's zone: the day the case was opened until the manager says otherwise. */
    private ZonedDateTime received(CaseFile c) {
        Instant at = c.complaint().receivedAt() != null ? c.complaint().receivedAt()
                : c.header().openedAt() != null ? c.header().openedAt() : clock.instant();
        return at.atZone(rules.get().zone());
    }

    private CaseFile withReceived(CaseFile c, LocalDate day, LocalTime time) {
        ZonedDateTime was = received(c);
        ZonedDateTime now = was.with(day != null ? day : was.toLocalDate()).with(time != null ? time : was.toLocalTime());
        return c.withComplaint(c.complaint().withReceivedAt(now.toInstant()));
    }

    private static LocalTime parseTime(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void refreshLists() {
        CaseFile c = session.current();
        List<String> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(rules.get().zone()));
        var calendar = rules.get().calendarFor(c.complaint().regime());
        for (ComplaintClock.Deadline d : ComplaintClock.deadlines(c.complaint(), c.header().openedAt(), calendar, rules.get().zone())) {
            lines.add(words.line(d, today, calendar));
        }
        if (!lines.equals(deadlines)) {
            deadlines.setAll(lines);
        }
        if (!c.complaint().redress().equals(redress)) {
            redress.setAll(c.complaint().redress());
        }
    }

    /** The header's line: the rules and the next deadline in plain words ("FCA · Final response: due in 45 days…"). */
    private String headline(CaseFile c) {
        Complaint m = c.complaint();
        if (!m.regulated()) {
            return "";
        }
        var calendar = rules.get().calendarFor(m.regime());
        LocalDate today = LocalDate.now(clock.withZone(rules.get().zone()));
        String rule = words.regime(m.regime());
        return ComplaintClock.next(m, c.header().openedAt(), calendar, rules.get().zone(), clock.instant())
                .map(d -> rule + " · " + words.line(d, today, calendar)).orElse(rule);
    }

    /** Records a letter as sent now (it stops its clock). */
    public void markSent(LetterKind kind) {
        session.update(c -> c.withComplaint(c.complaint().withLetterSent(kind, clock.instant())));
    }

    /** Adds the redress typed in the form; says why not when the amount is not a number. */
    public boolean addRedress() {
        BigDecimal amount;
        try {
            amount = new BigDecimal(redressAmount.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problem.set("complaint.redress.amount.invalid");
            return false;
        }
        problem.set("");
        String currency = session.current().resolution().currency();
        Redress added = new Redress(null, redressPaid.get(), amount, currency,
                redressDate.get() != null ? redressDate.get() : LocalDate.now(clock.withZone(rules.get().zone())), redressNote.get());
        session.update(c -> {
            List<Redress> more = new ArrayList<>(c.complaint().redress());
            more.add(added);
            return c.withComplaint(c.complaint().withRedress(more));
        });
        redressAmount.set("");
        redressNote.set("");
        return true;
    }

    public void removeRedress(Redress r) {
        session.update(c -> c.withComplaint(c.complaint().withRedress(c.complaint().redress().stream().filter(x -> !x.id().equals(r.id())).toList())));
    }

    public ObjectProperty<Regime> regimeProperty() {
        return regime;
    }

    public ObjectProperty<LocalDate> receivedDateProperty() {
        return receivedDate;
    }

    public StringProperty receivedTimeProperty() {
        return receivedTime;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty rootCauseProperty() {
        return rootCause;
    }

    public ObjectProperty<Boolean> paymentServicesProperty() {
        return paymentServices;
    }

    public StringProperty delayReasonProperty() {
        return delayReason;
    }

    public ObjectProperty<LocalDate> promisedByProperty() {
        return promisedBy;
    }

    public ObjectProperty<ComplaintOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty outcomeReasonsProperty() {
        return outcomeReasons;
    }

    public ObjectProperty<LocalDate> referredOnProperty() {
        return referredOn;
    }

    /** Each deadline of the complaint in plain words, earliest first. */
    public ObservableList<String> deadlines() {
        return deadlines;
    }

    public ObservableList<Redress> redress() {
        return redress;
    }

    public StringProperty redressAmountProperty() {
        return redressAmount;
    }

    public StringProperty redressNoteProperty() {
        return redressNote;
    }

    public ObjectProperty<LocalDate> redressDateProperty() {
        return redressDate;
    }

    public BooleanProperty redressPaidProperty() {
        return redressPaid;
    }

    /** An i18n key saying what is wrong with the redress typed, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** The next deadline has passed: the header shows its line as a warning. */
    public javafx.beans.binding.BooleanBinding overdue() {
        return overdue;
    }

    public StringBinding summary() {
        return summary;
    }

    public CaseSession session() {
        return session;
    }
}
