package io.turnaround.ui.wizard;

import io.turnaround.domain.DraftField;
import io.turnaround.domain.Listen;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.ui.common.AddLine;
import io.turnaround.ui.common.CallCommands;
import io.turnaround.ui.common.CallStamp;
import io.turnaround.ui.common.CallStatus;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The call in view on every step: the clock, the customer's temperature, pause and end, and a quick note that lands
 * in Listen's notes with the call-clock stamp, so a manager on Ask can jot what the customer just said without leaving.
 */
public final class CallBarModel {
    private final CaseSession session;
    private final Clock clock;
    private final CallCommands call;
    private final AddLine quickNote;
    private final CallStatus status;
    private final ReadOnlyStringWrapper lastAdded = new ReadOnlyStringWrapper("");

    public CallBarModel(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.call = new CallCommands(session, clock);
        this.quickNote = new AddLine(session, DraftField.QUICK_NOTE, this::addNote);
        this.status = new CallStatus(session, call);
    }

    private boolean addNote(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return false;
        }
        long offset = call.callOffsetMillis();
        Note note = new Note(null, offset, clock.instant(), t, NoteTag.OTHER, false);
        session.update(c -> c.withListen(c.listen().withNoteAdded(note)));
        lastAdded.set(CallStamp.callClock(offset));
        return true;
    }

    /** Called once a second while shown. */
    public void tick() {
        status.tick();
    }

    public CallCommands call() {
        return call;
    }

    /** The quick-note line: kept as a draft while typed, Enter adds it to Listen's notes. */
    public AddLine quickNote() {
        return quickNote;
    }

    /** The call-clock stamp of the last quick note added, for the bar to confirm it; empty before the first. */
    public ReadOnlyStringProperty lastAddedProperty() {
        return lastAdded.getReadOnlyProperty();
    }

    /** Where the call stands: its clock, whether it runs, the customer's temperature. */
    public CallStatus status() {
        return status;
    }
}
