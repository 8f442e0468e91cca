package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The case list's filters — status, customer, opened between two dates, category, overdue only — and a limit to
 * some cases (those behind a chart). Together they are one {@link CaseQuery} the store runs (sorted as the list's
 * columns say), and the same rule as a predicate for lists already in memory.
 */
public final class CaseListFilter {
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    /** Regulated complaints whose next required letter is due within a week (or overdue), or overdue only; null for any. */
    private final ObjectProperty<ResponseDue> responseDue = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> only = new SimpleObjectProperty<>();
    /** In a team library: only the cases of this role ("Mine"); empty for everyone's. */
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectBinding<CaseQuery> query;
    private final ObjectBinding<Predicate<CaseSummary>> predicate;

    public CaseListFilter(Clock clock) {
        ZoneId zone = clock.getZone();
        // Dates are the manager's days: from the start of "from" to the end of "to", in their time zone.
        query = Bindings.createObjectBinding(() -> new CaseQuery(status.get(), customer.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                category.get(), overdueOnly.get() ? clock.instant() : null, only.get(), owner.get(), null,
                CaseQuery.Sort.OPENED, true, responseDue.get() == null ? null : responseDue.get().before(clock.instant())),
                status, customer, from, to, category, overdueOnly, only, owner, responseDue);
        predicate = Bindings.createObjectBinding(() -> query.get()::matches, query);
    }

    /** Back to every case. */
    public void clear() {
        status.set(null);
        customer.set("");
        from.set(null);
        to.set(null);
        category.set("");
        overdueOnly.set(false);
        responseDue.set(null);
        only.set(null);
    }

    /** The complaint-deadline filter's choices. */
    public enum ResponseDue {
        WITHIN_A_WEEK,
        OVERDUE;

        /** The instant a complaint's deadline must fall before. */
        java.time.Instant before(java.time.Instant now) {
            return this == OVERDUE ? now : now.plus(java.time.Duration.ofDays(7));
        }
    }

    public ObjectProperty<ResponseDue> responseDueProperty() {
        return responseDue;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    /** The filters as a query of the store, newest first (the list applies its own sort). */
    public ObjectBinding<CaseQuery> queryProperty() {
        return query;
    }

    public ObjectBinding<Predicate<CaseSummary>> predicateProperty() {
        return predicate;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<Set<Long>> onlyProperty() {
        return only;
    }
}
