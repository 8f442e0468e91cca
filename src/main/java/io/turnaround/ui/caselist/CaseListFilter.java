package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
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
 * some cases (those behind a chart). Their combination is one predicate the list applies in memory.
 */
public final class CaseListFilter {
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Set<Long>> only = new SimpleObjectProperty<>();
    /** In a team library: only the cases of this role ("Mine"); empty for everyone's. */
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectBinding<Predicate<CaseSummary>> predicate;

    public CaseListFilter(Clock clock) {
        ZoneId zone = clock.getZone();
        predicate = Bindings.createObjectBinding(() -> {
            CaseStatus s = status.get();
            String who = customer.get() == null ? "" : customer.get().strip().toLowerCase(Locale.ROOT);
            LocalDate start = from.get();
            LocalDate end = to.get();
            String cat = category.get() == null ? "" : category.get().strip();
            boolean overdue = overdueOnly.get();
            Set<Long> ids = only.get();
            String mine = owner.get() == null ? "" : owner.get();
            java.time.Instant now = clock.instant();
            return c -> (s == null || c.status() == s)
                    && (who.isEmpty() || c.customerOrganisation().toLowerCase(Locale.ROOT).contains(who))
                    && (start == null || c.openedAt() != null && !c.openedAt().atZone(zone).toLocalDate().isBefore(start))
                    && (end == null || c.openedAt() != null && !c.openedAt().atZone(zone).toLocalDate().isAfter(end))
                    && (cat.isEmpty() || c.category().equalsIgnoreCase(cat))
                    && (!overdue || c.isOverdue(now))
                    && (ids == null || ids.contains(c.id()))
                    && (mine.isEmpty() || c.owner().equals(mine));
        }, status, customer, from, to, category, overdueOnly, only, owner);
    }

    /** Back to every case. */
    public void clear() {
        status.set(null);
        customer.set("");
        from.set(null);
        to.set(null);
        category.set("");
        overdueOnly.set(false);
        only.set(null);
    }

    public StringProperty ownerProperty() {
        return owner;
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
