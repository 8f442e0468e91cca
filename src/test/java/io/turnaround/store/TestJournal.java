package io.turnaround.store;

import io.turnaround.domain.CaseFile;
import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import java.nio.file.Path;

/** The journal of a team library on this computer, as the app opens it (cases as the case format's JSON), for tests. */
public final class TestJournal {
    private TestJournal() {
    }

    public static OfflineJournal open(Path dataDir, String library) {
        CaseJson json = new CaseJson();
        return new OfflineJournal(dataDir, library, json::write, text -> read(json, text));
    }

    /** The case with a note typed a second later (by {@code clock}), as an autosave would hand it over. */
    public static CaseFile edited(io.turnaround.MutableClock clock, CaseFile c, String note) {
        clock.advance(java.time.Duration.ofSeconds(1));
        return c.withListen(c.listen().withNoteAdded(new io.turnaround.domain.Note(null, 1_000, clock.instant(), note,
                io.turnaround.domain.NoteTag.CLAIM, false))).withHeader(c.header().withUpdatedAt(clock.instant()));
    }

    private static CaseFile read(CaseJson json, String text) {
        try {
            return json.read(text);
        } catch (CaseFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
