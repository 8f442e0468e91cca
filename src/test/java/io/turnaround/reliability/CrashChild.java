package io.turnaround.reliability;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The process the crash test kills: it runs the real store and applies edits as fast as it can,
 * printing "saved N" only after edit N's transaction has committed. Whatever it printed must be
 * in the file after a SIGKILL at any moment.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (Database db = Database.openIn(dir)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            List<io.turnaround.domain.CaseSummary> existing = repo.list();
            CaseFile c = existing.isEmpty() ? repo.create(CaseFile.start("", "Crash test", "Acme", Instant.now()))
                    : repo.load(existing.get(0).id()).orElseThrow();
            long n = c.listen().notes().size();
            System.out.println("ready " + n);
            System.out.flush();
            while (true) {
                n++;
                Note note = new Note(null, n, Instant.now(), "edit " + n + " " + "x".repeat((int) (n % 200)), NoteTag.OTHER, n % 3 == 0);
                CaseFile next = c.withListen(c.listen().withNoteAdded(note))
                        .withHeader(c.header().withSubject("edit " + n));
                repo.save(next, c);
                c = next;
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
