package io.turnaround.ui.produce;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Produce: what we will do next, who owns it, and when we speak again. METHOD.md: never leave
 * a request without a date, so a missing next-contact date is flagged.
 */
public final class ProduceViewModel {
    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    private final CaseSession session;
    private final Clock clock;
    private final StringProperty what = new SimpleStringProperty();
    private final StringProperty owner = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper missingDate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper invalidTime = new ReadOnlyBooleanWrapper();

    public ProduceViewModel(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        Commitment existing = nextContact(session.current());
        if (existing != null) {
            what.set(existing.what());
            owner.set(existing.owner());
            if (existing.dueAt() != null) {
                ZonedDateTime local = existing.dueAt().withZoneSameInstant(clock.getZone());
                date.set(local.toLocalDate());
                time.set(local.toLocalTime().toString());
            }
        }
        missingDate.set(date.get() == null);
        what.addListener((obs, old, now) -> edit(k -> k.withWhat(now)));
        owner.addListener((obs, old, now) -> edit(k -> k.withOwner(now)));
        date.addListener((obs, old, now) -> editDue());
        time.addListener((obs, old, now) -> editDue());
    }

    private void editDue() {
        LocalTime at = DEFAULT_TIME;
        String t = time.get() == null ? "" : time.get().strip();
        invalidTime.set(false);
        if (!t.isEmpty()) {
            try {
                at = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException e) {
                invalidTime.set(true);
                return;
            }
        }
        ZonedDateTime due = date.get() == null ? null : ZonedDateTime.of(date.get(), at, clock.getZone());
        missingDate.set(due == null);
        edit(k -> k.withDueAt(due));
    }

    /** Applies {@code change} to the case's next-contact commitment, creating it on first use. */
    private void edit(UnaryOperator<Commitment> change) {
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

    private static Commitment nextContact(CaseFile c) {
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

    public ReadOnlyBooleanProperty missingDateProperty() {
        return missingDate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invalidTimeProperty() {
        return invalidTime.getReadOnlyProperty();
    }
}
