package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Note;
import io.turnaround.domain.Side;
import io.turnaround.export.CaseJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team library cut off mid-edit (a real PostgreSQL server behind a relay the test cuts): what is typed is written to
 * the journal on this computer at once, survives the app being killed, and reaches the server at the next start, merged
 * with what a colleague saved meanwhile; the journal is emptied only once the server has it.
 */
class OfflineJournalTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private OfflineJournal journal() {
        return TestJournal.open(dir, "team");
    }

    private CaseFile edited(CaseFile c, String note) {
        return TestJournal.edited(clock, c, note);
    }

    @Test
    void editsTypedOfflineSurviveAKillAndReachTheServerMergedWithAColleaguesChange() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        Matcher where = Pattern.compile("postgresql://(\\w+)@localhost:(\\d+)/(\\w+)").matcher(library.address());
        assertTrue(where.matches(), library.address());
        long id;
        CaseFile base;
        try (CuttableProxy network = new CuttableProxy(Integer.parseInt(where.group(2)))) {
            String throughTheNetwork = "postgresql://" + where.group(1) + "@localhost:" + network.port() + "/" + where.group(3);
            Database laptop = PostgresLibrary.connect(throughTheNetwork, null);
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), journal(), clock);
            base = store.create(TestCases.fullyPopulated());
            id = base.id();

            network.cut(); // the hotel Wi-Fi drops
            CaseFile first = edited(base, "Typed on the train");
            ConnectionLostException offline = assertThrows(ConnectionLostException.class, () -> store.save(first, base));
            assertTrue(offline.getMessage().startsWith("Offline \u2014 saved on this computer"), offline.getMessage());
            CaseFile second = edited(first, "And this too");
            assertThrows(ConnectionLostException.class, () -> store.save(second, base)); // the autosave retries
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(OfflineJournal.file(dir, "team"))));
            try (OfflineJournal kept = journal()) {
                assertEquals(1, kept.pending().size());
                assertEquals(second, kept.pending().get(0).newest());
                assertEquals(base, kept.pending().get(0).base(), "the version the offline edits started from");
            }
            // Killed here: the store and its connection are simply dropped, nothing flushed or closed.
            network.restore();
        }

        // Meanwhile a colleague, on the office network, adds a fact.
        try (Database office = library.open()) {
            CaseRepository colleague = new CaseRepository(office, clock);
            CaseFile theirs = colleague.load(id).orElseThrow();
            List<Fact> facts = new ArrayList<>(theirs.facts());
            facts.add(new Fact(null, null, null, "The van left at nine", Side.OUR_FIRM, "", List.of(), true, FactKind.FACT));
            clock.advance(Duration.ofSeconds(1));
            colleague.save(theirs.withFacts(facts).withHeader(theirs.header().withUpdatedAt(clock.instant())), theirs);
        }

        // The next start: what the journal holds goes to the server first.
        try (Database again = library.open(); OfflineJournal kept = journal()) {
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(again, clock), kept, clock);
            assertEquals(1, store.replay());
            CaseFile stored = store.load(id).orElseThrow();
            List<String> notes = stored.listen().notes().stream().map(Note::text).toList();
            assertTrue(notes.contains("Typed on the train") && notes.contains("And this too"), notes.toString());
            assertTrue(stored.facts().stream().anyMatch(f -> f.what().equals("The van left at nine")), "the colleague's fact kept");
            assertEquals(List.of(), kept.pending(), "emptied once the server had it");
            assertEquals(0, store.replay());
        }
    }

    @Test
    void aSaveThatReachesTheServerClearsWhatWasKept() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        Matcher where = Pattern.compile("postgresql://(\\w+)@localhost:(\\d+)/(\\w+)").matcher(library.address());
        assertTrue(where.matches());
        try (CuttableProxy network = new CuttableProxy(Integer.parseInt(where.group(2)));
             OfflineJournal kept = journal()) {
            Database laptop = PostgresLibrary.connect("postgresql://" + where.group(1) + "@localhost:" + network.port() + "/" + where.group(3), null);
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            CaseFile base = store.create(TestCases.fullyPopulated());
            network.cut();
            CaseFile offline = edited(base, "Typed offline");
            assertThrows(ConnectionLostException.class, () -> store.save(offline, base));
            assertEquals(1, kept.pending().size());
            network.restore();
            store.save(offline, base); // the autosave's retry, once the connection is back
            assertEquals(List.of(), kept.pending());
            assertTrue(store.load(base.id()).orElseThrow().listen().notes().stream().anyMatch(n -> n.text().equals("Typed offline")));
            laptop.close();
        }
    }

    @Test
    void aJournalFromBeforeCasesCouldBeOpenedOfflineIsReadAndKeptAsItWas() throws Exception {
        CaseFile base = TestCases.fullyPopulated().withId(7);
        CaseFile newest = edited(base, "Typed before the upgrade");
        CaseJson json = new CaseJson();
        Path file = OfflineJournal.file(dir, "team");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE pending (case_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, base TEXT NOT NULL, newest TEXT NOT NULL)");
            try (var insert = c.prepareStatement("INSERT INTO pending VALUES (7, 1, ?, ?)")) {
                insert.setString(1, json.write(base));
                insert.setString(2, json.write(newest));
                insert.executeUpdate();
            }
        }
        try (OfflineJournal kept = journal()) {
            assertEquals(List.of(new OfflineJournal.Entry(base, newest, false)), kept.pending(), "an edit of a stored case, as it was");
        }
    }
}
