package io.turnaround.ui.facts;

import io.turnaround.domain.Attachment;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.SampleStatistics;
import io.turnaround.domain.Side;
import io.turnaround.domain.DraftField;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.TypedInput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Facts: the timeline, kept sorted by when each thing happened, with evidence files, claims from
 * the call turned into facts to verify, and figures computed from a sample.
 */
public final class FactsViewModel {
    /** Facts without a date go last; within a day, facts without a time go first. */
    static final Comparator<Fact> TIMELINE = Comparator
            .comparing(Fact::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CaseSession session;
    private final FactFiles files;
    private final ZoneId zone;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    // The text fields of the add form are drafts: what is typed survives a crash before "Add fact".
    private final StringProperty time;
    private final StringProperty what;
    private final ObjectProperty<Side> source = new SimpleObjectProperty<>(Side.OUR_FIRM);
    private final StringProperty evidence;
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final BooleanProperty opinion = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final StringProperty population = new SimpleStringProperty("");
    private final StringProperty sample = new SimpleStringProperty("");
    private final StringProperty defects = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sampleResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sampleSpread = new ReadOnlyStringWrapper("");
    private final SpreadCalculator spread = new SpreadCalculator();

    public FactsViewModel(CaseSession session, FactFiles files, ZoneId zone) {
        this.session = session;
        this.files = files;
        this.zone = zone;
        this.time = CaseBindings.draft(session, DraftField.FACT_TIME);
        this.what = CaseBindings.draft(session, DraftField.FACT_WHAT);
        this.evidence = CaseBindings.draft(session, DraftField.FACT_EVIDENCE);
        facts.setAll(sorted(session.current().facts()));
        population.addListener((o, a, b) -> computeSample());
        sample.addListener((o, a, b) -> computeSample());
        defects.addListener((o, a, b) -> computeSample());
    }

    static List<Fact> sorted(List<Fact> list) {
        return list.stream().sorted(TIMELINE).toList();
    }

    /** Adds the fact in the form; false when it says nothing yet or its time cannot be read. */
    public boolean add() {
        boolean[] added = {false};
        session.asOneEdit(() -> added[0] = addFromForm());
        return added[0];
    }

    private boolean addFromForm() {
        if (what.get().isBlank()) {
            return false;
        }
        LocalTime at;
        try {
            at = TypedInput.time(time.get()).orElse(null);
        } catch (TypedInput.Unreadable e) {
            formError.set(e.key());
            return false;
        }
        formError.set("");
        Fact fact = new Fact(null, date.get(), at, what.get().strip(), source.get(), evidence.get().strip(), List.of(),
                verified.get(), opinion.get() ? FactKind.OPINION : FactKind.FACT);
        edit(list -> append(list, fact));
        what.set("");
        time.set("");
        evidence.set("");
        verified.set(false);
        opinion.set(false);
        return true;
    }

    /** One action: every claim heard on the call that is not yet a fact becomes an unverified one. */
    public int addClaimsFromCall() {
        Set<String> known = session.current().facts().stream().map(Fact::what).collect(Collectors.toSet());
        var listen = session.current().listen();
        LocalDate callDay = listen.callStartedAt() == null ? null : listen.callStartedAt().atZone(zone).toLocalDate();
        List<Fact> claims = new ArrayList<>();
        for (Note n : listen.notes()) {
            if (n.tag() == NoteTag.CLAIM && !known.contains(n.text().strip())) {
                claims.add(new Fact(null, callDay, null, n.text().strip(), Side.CUSTOMER, "", List.of(), false, FactKind.FACT));
            }
        }
        if (!claims.isEmpty()) {
            edit(list -> {
                List<Fact> out = new ArrayList<>(list);
                out.addAll(claims);
                return out;
            });
        }
        return claims.size();
    }

    public void toggleVerified(Fact fact) {
        replace(fact.id(), f -> new Fact(f.id(), f.date(), f.time(), f.what(), f.source(), f.evidence(), f.attachments(), !f.verified(),
                f.kind()));
    }

    public void remove(Fact fact) {
        edit(list -> list.stream().filter(f -> !f.id().equals(fact.id())).toList());
    }

    /** Copies a file into the case and attaches it to the fact; completes when it is attached. */
    public CompletableFuture<Attachment> attach(Fact fact, Path file) {
        return files.copyIn(session.current().id(), file).thenApply(a -> {
            replace(fact.id(), f -> {
                List<Attachment> attachments = new ArrayList<>(f.attachments());
                attachments.add(a);
                return new Fact(f.id(), f.date(), f.time(), f.what(), f.source(), f.evidence(), attachments, f.verified(), f.kind());
            });
            return a;
        });
    }

    public Path pathOf(Attachment a) {
        return files.pathOf(session.current().id(), a);
    }

    private void computeSample() {
        try {
            long n = Long.parseLong(sample.get().strip().replace(",", ""));
            long d = Long.parseLong(defects.get().strip().replace(",", ""));
            String p = population.get().strip().replace(",", "");
            SampleStatistics stats = new SampleStatistics(p.isEmpty() ? 0 : Long.parseLong(p), n, d);
            sampleResult.set(stats.sentence());
            sampleSpread.set(stats.spreadSentence());
        } catch (IllegalArgumentException e) {
            sampleResult.set("");
            sampleSpread.set("");
        }
    }

    /** Puts the sample's sentence into the new fact, as evidence that persuades where assurances do not. */
    public void insertSample() {
        insert(sampleResult.get());
    }

    /** Puts the measured spread's sentence into the new fact. */
    public void insertSpread() {
        insert(spread.resultProperty().get());
    }

    private void insert(String sentence) {
        if (!sentence.isEmpty()) {
            what.set(what.get().isBlank() ? sentence : what.get().strip() + " " + sentence);
        }
    }

    public SpreadCalculator spread() {
        return spread;
    }

    private void replace(String id, UnaryOperator<Fact> change) {
        edit(list -> list.stream().map(f -> f.id().equals(id) ? change.apply(f) : f).toList());
    }

    private void edit(UnaryOperator<List<Fact>> change) {
        List<Fact> next = sorted(change.apply(session.current().facts()));
        session.update(c -> c.withFacts(next));
        facts.setAll(session.current().facts());
    }

    private static List<Fact> append(List<Fact> list, Fact fact) {
        List<Fact> copy = new ArrayList<>(list);
        copy.add(fact);
        return copy;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
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

    /** A bundle key naming what is wrong in the form, or empty. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public StringProperty populationProperty() {
        return population;
    }

    public StringProperty sampleProperty() {
        return sample;
    }

    public StringProperty defectsProperty() {
        return defects;
    }

    public ReadOnlyStringProperty sampleSpreadProperty() {
        return sampleSpread.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleResultProperty() {
        return sampleResult.getReadOnlyProperty();
    }
}
