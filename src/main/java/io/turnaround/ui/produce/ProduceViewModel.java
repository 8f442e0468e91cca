package io.turnaround.ui.produce;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.DateProposal;
import io.turnaround.domain.Settings;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.TypedInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Produce: what we will do next, who owns it, and when we speak again. METHOD.md: never leave
 * a request without a date — the app proposes one from the manager's workload plus a buffer;
 * if the customer rejects it, their own deadline is kept beside ours and the agreed date.
 */
public final class ProduceViewModel {
    /** A deadline given as a day is due by the end of it. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
    private final CaseSession session;
    private final Clock clock;
    private final Workload workload;
    private final Supplier<Settings> settings;
    private final StringProperty what = new SimpleStringProperty();
    private final StringProperty owner = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> customerDeadline = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ZonedDateTime> proposed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper missingDate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper invalidTime = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dateInPast = new ReadOnlyBooleanWrapper();
    private final ExpectationsModel expectations;
    private boolean loading;

    public ProduceViewModel(CaseSession session, Clock clock, Workload workload, Supplier<Settings> settings) {
        this.session = session;
        this.clock = clock;
        this.workload = workload;
        this.settings = settings;
        this.expectations = new ExpectationsModel(session, clock);
        Commitment existing = nextContact(session.current());
        loading = true;
        if (existing != null) {
            what.set(existing.what());
            owner.set(existing.owner());
            proposed.set(existing.proposedAt());
            if (existing.dueAt() != null) {
                ZonedDateTime local = existing.dueAt().withZoneSameInstant(clock.getZone());
                date.set(local.toLocalDate());
                time.set(local.toLocalTime().toString());
            }
            if (existing.customerDeadline() != null) {
                customerDeadline.set(existing.customerDeadline().withZoneSameInstant(clock.getZone()).toLocalDate());
            }
        }
        loading = false;
        refreshWarnings();
        what.addListener((obs, old, now) -> edit(k -> k.withWhat(now)));
        owner.addListener((obs, old, now) -> edit(k -> k.withOwner(now)));
        date.addListener((obs, old, now) -> editDue());
        time.addListener((obs, old, now) -> editDue());
        // The customer names a day ("by Friday"), not a time: it is kept as the end of that day, never as the time typed
        // for our next contact.
        customerDeadline.addListener((obs, old, now) -> edit(k -> new Commitment(k.id(), k.what(), k.owner(), k.proposedAt(),
                now == null ? null : ZonedDateTime.of(now, END_OF_DAY, clock.getZone()), k.dueAt(), true, k.doneAt())));
    }

    /**
     * Proposes the earliest reasonable date and puts it in the date fields (the manager then reads
     * it to the customer). Completes once the proposal is shown.
     */
    public CompletableFuture<ZonedDateTime> propose() {
        long caseId = session.current().id();
        return workload.otherOpenCommitments(caseId).thenApply(busy -> {
            ZonedDateTime proposal = DateProposal.propose(ZonedDateTime.now(clock), busy, settings.get());
            proposed.set(proposal);
            edit(k -> new Commitment(k.id(), k.what(), k.owner(), proposal, k.customerDeadline(), k.dueAt(), true, k.doneAt()));
            date.set(proposal.toLocalDate());
            time.set(proposal.toLocalTime().toString());
            return proposal;
        });
    }

    private void editDue() {
        if (loading) {
            return;
        }
        LocalTime at = dueTimeOr(settings.get().contactTime());
        if (invalidTime.get()) {
            return;
        }
        ZonedDateTime due = date.get() == null ? null : ZonedDateTime.of(date.get(), at, clock.getZone());
        edit(k -> k.withDueAt(due));
        refreshWarnings();
    }

    /** The time typed, or {@code fallback} when none; flags an unreadable time. */
    private LocalTime dueTimeOr(LocalTime fallback) {
        try {
            LocalTime typed = TypedInput.time(time.get()).orElse(fallback);
            invalidTime.set(false);
            return typed;
        } catch (TypedInput.Unreadable e) {
            invalidTime.set(true);
            return fallback;
        }
    }

    private void refreshWarnings() {
        Commitment k = nextContact(session.current());
        missingDate.set(k == null || k.dueAt() == null);
        dateInPast.set(k != null && k.dueAt() != null && k.dueAt().toInstant().isBefore(clock.instant()));
    }

    /** Applies {@code change} to the case's next-contact commitment, creating it on first use. */
    private void edit(UnaryOperator<Commitment> change) {
        if (loading) {
            return;
        }
        session.update(c -> {
            List<Commitment> list = new ArrayList<>(c.produce().commitments());
            Commitment current = nextContact(c);
            if (current == null) {
                list.add(change.apply(new Commitment(null, "", "", null, null, null, true, null)));
            } else {
                list.set(list.indexOf(current), change.apply(current));
            }
            return c.withProduce(c.produce().withCommitments(list));
        });
    }

    static Commitment nextContact(CaseFile c) {
        return c.produce().commitments().stream().filter(Commitment::nextContact).findFirst().orElse(null);
    }

    public StringProperty whatProperty() {
        return what;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<LocalDate> customerDeadlineProperty() {
        return customerDeadline;
    }

    public ReadOnlyObjectProperty<ZonedDateTime> proposedProperty() {
        return proposed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty missingDateProperty() {
        return missingDate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invalidTimeProperty() {
        return invalidTime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dateInPastProperty() {
        return dateInPast.getReadOnlyProperty();
    }

    public ExpectationsModel expectations() {
        return expectations;
    }
}
