package io.turnaround.ui.listen;

import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Temperature;
import io.turnaround.ui.common.CallCommands;
import io.turnaround.ui.common.CallStatus;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Listen: the call clock, the notes (each stamped with the call clock and the wall clock,
 * tagged, and marked as key points), and the customer's temperature over time.
 */
public final class ListenViewModel {
    private final CaseSession session;
    private final Clock clock;
    private final CallCommands call;
    private final ObservableList<Note> notes;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<Note> selected = new SimpleObjectProperty<>();
    private final CallStatus status;

    public ListenViewModel(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.call = new CallCommands(session, clock);
        this.status = new CallStatus(session, call);
        this.notes = FXCollections.observableArrayList(session.current().listen().notes());
        // The note line is saved as it is typed, like every field, and comes back after a crash or a restart.
        draft.set(session.current().listen().noteDraft());
        draft.addListener((o, was, now) -> {
            String text = now == null ? "" : now;
            if (!text.equals(session.current().listen().noteDraft())) {
                session.update(c -> c.withListen(c.listen().withNoteDraft(text)));
            }
        });
        // A quick note from the call bar on another step lands in the list too (the clock follows in CallStatus).
        session.currentProperty().addListener((o, was, now) -> {
            if (!notes.equals(now.listen().notes())) {
                notes.setAll(now.listen().notes());
            }
        });
    }

    public void startCall() {
        call.start();
    }

    public void pauseCall() {
        call.pause();
    }

    public void endCall() {
        call.end();
    }

    public long callOffsetMillis() {
        return call.callOffsetMillis();
    }

    /** Adds the draft as a note; returns false (and adds nothing) when the draft is blank. */
    public boolean addNote() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            return false;
        }
        Note note = new Note(null, callOffsetMillis(), clock.instant(), text, NoteTag.OTHER, false);
        notes.add(note);
        // The note and the emptied note line are one edit, so one save: never the note twice, never the line lost.
        session.update(c -> c.withListen(c.listen().withNoteAdded(note).withNoteDraft("")));
        draft.set("");
        return true;
    }

    /** The note Alt+1…4 and Space act on: the selected one, else the latest. */
    public Note currentNote() {
        if (selected.get() != null && notes.contains(selected.get())) {
            return selected.get();
        }
        return notes.isEmpty() ? null : notes.get(notes.size() - 1);
    }

    public void tagCurrent(NoteTag tag) {
        Note note = currentNote();
        if (note != null) {
            replace(note.withTag(note.tag() == tag ? NoteTag.OTHER : tag));
        }
    }

    public void toggleKeyPoint(Note note) {
        replace(note.withKeyPoint(!note.keyPoint()));
    }

    /** Edits a note's text; an emptied note keeps its old text rather than vanishing. */
    public void editText(Note note, String text) {
        if (text != null && !text.isBlank()) {
            replace(note.withText(text.strip()));
        }
    }

    private void replace(Note edited) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(edited.id())) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(edited.id());
                notes.set(i, edited);
                if (wasSelected) {
                    selected.set(edited);
                }
            }
        }
        session.update(c -> c.withListen(c.listen().withNoteReplaced(edited)));
    }

    /** Ctrl+T: calm → upset → angry → calm. The first reading of a call starts at calm. */
    public void cycleTemperature() {
        call.cycleTemperature();
    }

    public void setTemperature(Temperature level) {
        call.setTemperature(level);
    }

    /** The temperature the customer had when the note was taken, for the notes list. */
    public Temperature temperatureAt(Note note) {
        return session.current().listen().temperatureAt(note.callOffsetMillis());
    }

    /** Called by the view once a second while shown. */
    public void tick() {
        status.tick();
    }

    /** mm:ss, or h:mm:ss past the first hour. */
    public static String formatClock(long millis) {
        return io.turnaround.ui.common.CallStamp.callClock(millis);
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObjectProperty<Note> selectedProperty() {
        return selected;
    }

    /** Where the call stands: its clock, whether it runs, the customer's temperature. */
    public CallStatus status() {
        return status;
    }
}
