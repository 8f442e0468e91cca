package io.turnaround.ui.empathize;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Empathize;
import io.turnaround.domain.Note;
import io.turnaround.domain.ReflectBack;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Empathize: reflect-back drafts built from the key points marked in Listen, in the customer's
 * own words, and the one the manager edits and says; "said on the call" records when.
 */
public final class EmpathizeViewModel {
    private final ReflectTemplates templates;
    private final CaseSession session;
    private final StringProperty reflectBack;
    private final ObjectProperty<Instant> saidAt;
    private final BooleanProperty said;
    private final ObservableList<Note> keyPoints = FXCollections.observableArrayList();
    private final ObservableList<String> phrasings = FXCollections.observableArrayList();

    public EmpathizeViewModel(CaseSession session, Clock clock, ReflectTemplates templates) {
        this.session = session;
        this.templates = templates;
        reflectBack = CaseBindings.text(session, c -> c.empathize().reflectBack(),
                (c, v) -> c.withEmpathize(new Empathize(v, c.empathize().saidOnCallAt())));
        saidAt = CaseBindings.value(session, c -> c.empathize().saidOnCallAt(),
                (c, v) -> c.withEmpathize(new Empathize(c.empathize().reflectBack(), v)));
        said = new SimpleBooleanProperty(saidAt.get() != null);
        said.addListener((obs, was, is) -> saidAt.set(is ? clock.instant() : null));
        refresh(session.current());
        // Key points are marked in Listen, possibly after this screen was first built.
        session.currentProperty().addListener((obs, old, now) -> {
            if (old == null || !old.listen().equals(now.listen()) || !old.approval().language().equals(now.approval().language())) {
                refresh(now);
            }
        });
    }

    private void refresh(CaseFile c) {
        List<Note> points = c.listen().notes().stream().filter(Note::keyPoint).toList();
        if (!points.equals(keyPoints)) {
            keyPoints.setAll(points);
        }
        // In the customer's language when the case has one (the summary's), so what is said matches what is sent.
        ReflectTemplates words = templates.forLanguage(c.approval().language());
        String feeling = words.feeling(ReflectBack.feelingKey(c.listen().currentTemperature()));
        // No key point marked yet: the latest notes stand in for them; no notes at all: nothing to reflect, no drafts
        // made of placeholders (the list says to mark a key point in Listen).
        List<Note> basis = !points.isEmpty() ? points : latest(c.listen().notes(), 2);
        phrasings.setAll(basis.isEmpty() ? List.of() : words.templates().stream()
                .map(t -> ReflectBack.fill(t, basis, words.locale(), words.and(), feeling)).toList());
    }

    /** The last {@code count} notes that say something, in the order they were taken. */
    private static List<Note> latest(List<Note> notes, int count) {
        List<Note> said = notes.stream().filter(n -> !n.text().isBlank()).toList();
        return said.subList(Math.max(0, said.size() - count), said.size());
    }

    /** Puts phrasing {@code index} into the reflect-back, replacing what was there (the manager then edits it). */
    public void usePhrasing(int index) {
        if (index >= 0 && index < phrasings.size()) {
            reflectBack.set(phrasings.get(index));
        }
    }

    public StringProperty reflectBackProperty() {
        return reflectBack;
    }

    public BooleanProperty saidProperty() {
        return said;
    }

    /** Time on the call when the reflect-back was said; null when it was not said, or said with no call running. */
    public Long saidAtCallOffset() {
        Instant at = saidAt.get();
        var listen = session.current().listen();
        if (at == null || listen.callStartedAt() == null || at.isBefore(listen.callStartedAt())) {
            return null;
        }
        return listen.callOffsetAt(at);
    }

    public ObjectProperty<Instant> saidAtProperty() {
        return saidAt;
    }

    public ObservableList<Note> keyPoints() {
        return keyPoints;
    }

    public ObservableList<String> phrasings() {
        return phrasings;
    }
}
