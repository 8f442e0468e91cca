package io.turnaround.reliability;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseMerge;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.ConcurrentEditException;
import io.turnaround.store.ConnectionLostException;
import io.turnaround.store.Database;
import io.turnaround.store.JournaledCaseStore;
import io.turnaround.store.OfflineJournal;
import io.turnaround.store.PostgresLibrary;
import io.turnaround.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The process the offline crash test kills: a window's store on a team library whose network the test cuts and
 * restores, typing notes as fast as it can and printing "saved LABEL" once a note is on the server or in the journal on
 * this computer — what the window calls saved. It starts as the app does: without the server if need be, the journal
 * sent first, the case read from the journal or the copy kept offline.
 *
 * <p>Arguments: the library's address, the data folder, the case's id, the label of this run.
 */
public final class OfflineCrashChild {
    private OfflineCrashChild() {
    }

    public static void main(String[] args) {
        String address = args[0];
        Path dir = Path.of(args[1]);
        long id = Long.parseLong(args[2]);
        String run = args[3];
        Clock clock = Clock.systemUTC();
        CaseJson json = new CaseJson();
        try (Database db = PostgresLibrary.connectOrOffline(address, null);
             OfflineJournal journal = new OfflineJournal(dir, db.name(), json::write, text -> {
                 try {
                     return json.read(text);
                 } catch (CaseFormatException e) {
                     throw new IllegalStateException(e);
                 }
             })) {
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(db, clock), journal, clock);
            try {
                store.replay();
            } catch (ConnectionLostException offline) {
                // kept for later: the case is read from the journal
            }
            CaseFile lastSaved = store.load(id).orElseThrow();
            CaseFile current = lastSaved;
            System.out.println("ready");
            System.out.flush();
            for (int n = 1; ; n++) {
                String label = run + "." + n;
                Instant now = clock.instant();
                current = current.withListen(current.listen().withNoteAdded(new Note(null, n, now, label, NoteTag.OTHER, false)))
                        .withHeader(current.header().withUpdatedAt(now));
                boolean saved = false;
                while (!saved) {
                    try {
                        store.save(current, lastSaved);
                        lastSaved = current;
                        saved = true;
                    } catch (ConnectionLostException kept) {
                        saved = true; // on this computer, to be sent: saved as far as the window says
                    } catch (ConcurrentEditException e) {
                        // The journal's edits went in merged: build on the server's version, as the window's merge does.
                        CaseMerge.Result merged = CaseMerge.merge(lastSaved, current, e.theirs());
                        current = CaseMerge.after(merged.merged(), e.theirs(), clock.instant());
                        lastSaved = e.theirs();
                    } catch (StoreException e) {
                        sleep(); // not saved; the autosave tries again
                    }
                }
                System.out.println("saved " + label);
                System.out.flush();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
