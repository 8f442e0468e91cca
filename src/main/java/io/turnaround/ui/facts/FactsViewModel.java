package io.turnaround.ui.facts;

import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Side;
import io.turnaround.ui.common.CaseSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Facts: the timeline, kept sorted by when each thing happened. */
public final class FactsViewModel {
    /** Facts without a date go last; within a day, facts without a time go first. */
    static final Comparator<Fact> TIMELINE = Comparator
            .comparing(Fact::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CaseSession session;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty what = new SimpleStringProperty("");
    private final ObjectProperty<Side> source = new SimpleObjectProperty<>(Side.OUR_FIRM);
    private final StringProperty evidence = new SimpleStringProperty("");
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final BooleanProperty opinion = new SimpleBooleanProperty();

    public FactsViewModel(CaseSession session) {
        this.session = session;
        facts.setAll(sorted(session.current().facts()));
    }

    static List<Fact> sorted(List<Fact> list) {
        return list.stream().sorted(TIMELINE).toList();
    }

    /** Adds the fact in the form; false when it says nothing yet. */
    public boolean add() {
        if (what.get().isBlank()) {
            return false;
        }
        Fact fact = new Fact(null, date.get(), (LocalTime) null, what.get().strip(), source.get(), evidence.get().strip(), List.of(),
                verified.get(), opinion.get() ? FactKind.OPINION : FactKind.FACT);
        List<Fact> next = sorted(append(session.current().facts(), fact));
        session.update(c -> c.withFacts(next));
        facts.setAll(next);
        what.set("");
        evidence.set("");
        verified.set(false);
        opinion.set(false);
        return true;
    }

    public void remove(Fact fact) {
        List<Fact> next = session.current().facts().stream().filter(f -> !f.id().equals(fact.id())).toList();
        session.update(c -> c.withFacts(next));
        facts.setAll(sorted(next));
    }

    private static List<Fact> append(List<Fact> list, Fact fact) {
        java.util.ArrayList<Fact> copy = new java.util.ArrayList<>(list);
        copy.add(fact);
        return copy;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public ObjectProperty<Side> sourceProperty() {
        return source;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public BooleanProperty verifiedProperty() {
        return verified;
    }

    public BooleanProperty opinionProperty() {
        return opinion;
    }
}
