package io.turnaround.ui.listen;

import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Listen: the call clock and the notes, each stamped with the call clock and the wall clock. */
public final class ListenViewModel {
    private final CaseSession session;
    private final Clock clock;
    private final ObservableList<Note> notes;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper callRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper callEnded = new ReadOnlyBooleanWrapper();

    public ListenViewModel(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.notes = FXCollections.observableArrayList(session.current().listen().notes());
        refreshCallState();
    }

    public void startCall() {
        Listen listen = session.current().listen();
        if (listen.callStartedAt() != null && listen.callEndedAt() == null) {
            return;
        }
        Instant now = clock.instant();
        // Starting again after an end resumes the same call: the gap counts as a pause.
        long paused = listen.callEndedAt() == null ? 0
                : listen.pausedMillis() + Duration.between(listen.callEndedAt(), now).toMillis();
        Instant start = listen.callStartedAt() == null ? now : listen.callStartedAt();
        session.update(c -> c.withListen(c.listen().withCall(start, null, paused)));
        refreshCallState();
    }

    public void endCall() {
        Listen listen = session.current().listen();
        if (listen.callStartedAt() == null || listen.callEndedAt() != null) {
            return;
        }
        session.update(c -> c.withListen(c.listen().withCall(listen.callStartedAt(), clock.instant(), listen.pausedMillis())));
        refreshCallState();
    }

    /** Milliseconds on the call clock now: zero before the call, frozen after it ends. */
    public long callOffsetMillis() {
        Listen l = session.current().listen();
        if (l.callStartedAt() == null) {
            return 0;
        }
        Instant end = l.callEndedAt() == null ? clock.instant() : l.callEndedAt();
        return Math.max(0, Duration.between(l.callStartedAt(), end).toMillis() - l.pausedMillis());
    }

    /** Adds the draft as a note; returns false (and adds nothing) when the draft is blank. */
    public boolean addNote() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            return false;
        }
        Note note = new Note(null, callOffsetMillis(), clock.instant(), text, NoteTag.OTHER, false);
        notes.add(note);
        session.update(c -> c.withListen(c.listen().withNoteAdded(note)));
        draft.set("");
        return true;
    }

    /** Called by the view once a second while shown. */
    public void tick() {
        clockText.set(formatClock(callOffsetMillis()));
    }

    private void refreshCallState() {
        Listen l = session.current().listen();
        callRunning.set(l.callStartedAt() != null && l.callEndedAt() == null);
        callEnded.set(l.callEndedAt() != null);
        tick();
    }

    /** mm:ss, or h:mm:ss past the first hour. */
    public static String formatClock(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty callRunningProperty() {
        return callRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty callEndedProperty() {
        return callEnded.getReadOnlyProperty();
    }
}
