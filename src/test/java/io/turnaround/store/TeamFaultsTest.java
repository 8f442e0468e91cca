package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a team library can do to a window mid-session, on a real PostgreSQL server: the network goes (and the app is
 * started again without it), the password is changed, the role's rights are withdrawn, a newer version upgrades the
 * schema. Each keeps what was typed on this computer, says why in plain words, and sends it once the cause has passed.
 */
class TeamFaultsTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private OfflineJournal journal() {
        return TestJournal.open(dir, "team");
    }

    private CaseFile edited(CaseFile c, String note) {
        return TestJournal.edited(clock, c, note);
    }

    private static List<String> notes(CaseFile c) {
        return c.listen().notes().stream().map(Note::text).toList();
    }

    @Test
    void startedWithoutANetworkTheCasesReadRecentlyOpenAndWhatIsTypedGoesOnceItIsBack() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        try (CuttableProxy network = new CuttableProxy(library.port())) {
            String address = "postgresql://postgres@localhost:" + network.port() + "/" + library.database();
            CaseFile read;
            CaseFile alsoRead;
            CaseFile neverRead;
            try (Database office = PostgresLibrary.connect(address, null); OfflineJournal kept = journal()) {
                JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(office, clock), kept, clock);
                read = store.create(TestCases.fullyPopulated());
                alsoRead = store.create(TestCases.fullyPopulated().withHeader(TestCases.fullyPopulated().header().withSubject("Second")));
                neverRead = store.create(TestCases.fullyPopulated());
                store.load(read.id());
                store.load(alsoRead.id());
                JournaledSettingsStore settings = new JournaledSettingsStore(new SettingsRepository(office), kept);
                settings.save(settings.load().withManager("Anna Berg", "COO", "anna@example.com"));
                settings.load(); // as the window does at start: the copy is kept
            }

            network.cut(); // on the train: the app starts without the server
            try (Database train = PostgresLibrary.connectOrOffline(address, null); OfflineJournal kept = journal()) {
                assertFalse(train.connected());
                JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(train, clock), kept, clock);
                assertEquals(read, store.load(read.id()).orElseThrow(), "read recently: readable offline, every part of it");
                ConnectionLostException notKept = assertThrows(ConnectionLostException.class, () -> store.load(neverRead.id()));
                assertTrue(notKept.getMessage().startsWith("This case was not read on this computer recently"), notKept.getMessage());
                assertEquals(2, store.count(CaseQuery.ALL));
                assertEquals(List.of(alsoRead.id(), read.id()), store.page(CaseQuery.ALL, null, 0, 50).stream().map(CaseSummary::id).toList(),
                        "newest first, as the list opens");
                assertEquals(List.of(read.id()), store.page(CaseQuery.ALL, alsoRead.id(), 0, 50).stream().map(CaseSummary::id).toList());

                CaseFile typed = edited(read.withHeader(read.header().withSubject("Typed on the train")), "The customer called back");
                ConnectionLostException offline = assertThrows(ConnectionLostException.class, () -> store.save(typed, read));
                assertEquals("Offline \u2014 saved on this computer. It goes to the team library as soon as the connection is back.",
                        offline.getMessage());
                assertEquals(typed, store.load(read.id()).orElseThrow(), "opened again: what was typed, not the copy read before");
                assertTrue(store.page(CaseQuery.ALL, null, 0, 50).stream().anyMatch(s -> s.subject().equals("Typed on the train")));

                JournaledSettingsStore settings = new JournaledSettingsStore(new SettingsRepository(train), kept);
                assertEquals("Anna Berg", settings.load().managerName(), "who signs the letters, read offline");
                settings.put(io.turnaround.domain.SettingKey.RESUME_CASE, String.valueOf(read.id()));
                assertEquals(Optional.of(String.valueOf(read.id())), settings.value(io.turnaround.domain.SettingKey.RESUME_CASE));

                network.restore();
                CaseFile more = edited(typed, "And promised a call on Friday");
                store.save(more, typed); // the autosave, once the server answers again
                assertTrue(train.connected());
                assertEquals(List.of(), kept.pending(), "the journal is emptied once the server has it");
                settings.load();
                assertEquals(java.util.Map.of(), kept.pendingSettings(), "the setting changed offline was sent");
            }
            try (Database office = library.open()) {
                assertEquals(Optional.of(String.valueOf(read.id())), new SettingsRepository(office).value(io.turnaround.domain.SettingKey.RESUME_CASE));
            }
            try (Database office = library.open()) {
                CaseFile stored = new CaseRepository(office, clock).load(read.id()).orElseThrow();
                assertEquals("Typed on the train", stored.header().subject());
                assertTrue(notes(stored).containsAll(List.of("The customer called back", "And promised a call on Friday")), notes(stored).toString());
            }
        }
    }

    @Test
    void aCaseOpenedOfflineGetsAReferenceThatCannotClashAndIsStoredAsItIsOnceTheLibraryAnswers() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        try (CuttableProxy network = new CuttableProxy(library.port()); OfflineJournal kept = journal()) {
            String address = "postgresql://postgres@localhost:" + network.port() + "/" + library.database();
            Database laptop = PostgresLibrary.connect(address, null);
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            CaseFile first = store.create(CaseFile.start("", "Before the train", "Acme", clock.instant()));
            assertEquals("T-2026-0001", first.header().reference());
            assertEquals(JournaledCaseStore.SPARE_IDS, kept.spareIds(), "ids kept for cases opened offline");

            network.cut();
            CaseFile made = store.create(CaseFile.start("", "Opened on the train", "Wayne Hospitality", clock.instant()));
            assertEquals(io.turnaround.domain.CaseReference.offline(2026, made.id()), made.header().reference());
            assertTrue(made.header().reference().startsWith("T-2026-K"), made.header().reference());
            CaseFile typed = edited(made, "The customer's first words");
            assertThrows(ConnectionLostException.class, () -> store.save(typed, made));
            assertEquals(typed, store.load(made.id()).orElseThrow());
            assertTrue(store.page(CaseQuery.ALL, null, 0, 10).stream().anyMatch(s -> s.id() == made.id()), "listed offline");

            // Meanwhile a colleague opens a case: the library numbers it as always, and nothing clashes.
            try (Database office = library.open()) {
                CaseFile theirs = new CaseRepository(office, clock).create(CaseFile.start("", "At the office", "Globex", clock.instant()));
                assertEquals("T-2026-0002", theirs.header().reference());
                assertTrue(theirs.id() != made.id());
            }

            network.restore();
            assertEquals(1, store.replay());
            assertEquals(List.of(), kept.pending());
            try (Database office = library.open()) {
                CaseRepository repo = new CaseRepository(office, clock);
                CaseFile stored = repo.load(made.id()).orElseThrow();
                assertEquals(made.header().reference(), stored.header().reference(), "the reference the customer was told");
                assertEquals(List.of("The customer's first words"), notes(stored));
                assertEquals("created", new AuditLog(office).entries(made.id()).get(0).action());
                assertEquals("T-2026-0003", repo.create(CaseFile.start("", "Next", "Initech", clock.instant())).header().reference(),
                        "the yearly numbering goes on past the offline reference");
            }
            laptop.close();
        }
    }

    @Test
    void aCaseOpenedOfflineSentTwiceTheFirstAnswerLostIsStoredOnce() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        try (CuttableProxy network = new CuttableProxy(library.port()); OfflineJournal kept = journal()) {
            String address = "postgresql://postgres@localhost:" + network.port() + "/" + library.database();
            Database laptop = PostgresLibrary.connect(address, null);
            CaseRepository repository = new CaseRepository(laptop, clock);
            JournaledCaseStore store = new JournaledCaseStore(repository, kept, clock);
            store.topUpSpareIds();
            network.cut();
            CaseFile made = store.create(CaseFile.start("", "Opened on the train", "Wayne Hospitality", clock.instant()));
            CaseFile typed = edited(made, "First words");
            assertThrows(ConnectionLostException.class, () -> store.save(typed, made));
            network.restore();
            repository.createKept(made); // it reached the library, but the answer did not come back
            CaseFile more = edited(typed, "More words");
            store.save(more, typed);
            assertEquals(List.of(), kept.pending());
            assertEquals(List.of("First words", "More words"), notes(repository.load(made.id()).orElseThrow()));
            assertEquals("1", library.queryAsSuperuser("SELECT count(*) FROM cases"));
            laptop.close();
        }
    }

    @Test
    void whatWasTypedWhileADecisionWaitedIsSentAtTheNextStartIfTheAppStoppedBeforeIt() {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        CaseFile base;
        CaseFile typed;
        try (Database laptop = library.open(); OfflineJournal kept = journal()) {
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            base = store.create(TestCases.fullyPopulated());
            try (Database office = library.open()) { // a colleague changes the subject meanwhile
                CaseRepository colleague = new CaseRepository(office, clock);
                clock.advance(Duration.ofSeconds(1));
                colleague.save(base.withHeader(base.header().withSubject("Theirs").withUpdatedAt(clock.instant())), base);
            }
            typed = edited(base.withHeader(base.header().withSubject("Mine")), "Typed while the question waited");
            store.hold(base, typed); // the window holds it while the person finishes the field; then it is killed
        }
        try (Database again = library.open(); OfflineJournal kept = journal()) {
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(again, clock), kept, clock);
            assertEquals(1, store.replayHeld());
            CaseFile stored = store.load(base.id()).orElseThrow();
            assertEquals("Mine", stored.header().subject(), "kept where both changed it, and the log says so");
            assertTrue(notes(stored).contains("Typed while the question waited"));
            assertTrue(new AuditLog(again).entries(base.id()).stream().anyMatch(e -> e.action().equals("merged")));
            assertEquals(List.of(), kept.held());
        }
    }

    @Test
    void aPasswordChangedMidSessionKeepsWhatWasTypedUntilTheNewOneIsGiven() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        library.withTeamRoles();
        library.asSuperuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dora') THEN "
                + "CREATE ROLE dora LOGIN IN ROLE turnaround_managers; END IF; END $$");
        library.asSuperuser("ALTER ROLE dora PASSWORD 'first-password'");
        requirePasswordFor("dora", library);
        try (CuttableProxy network = new CuttableProxy(library.port()); OfflineJournal kept = journal()) {
            String address = "postgresql://dora@localhost:" + network.port() + "/" + library.database();
            Database laptop = PostgresLibrary.connect(address, "first-password".toCharArray());
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            CaseFile base = store.create(TestCases.fullyPopulated());

            library.asSuperuser("ALTER ROLE dora PASSWORD 'second-password'"); // changed by IT, or on another computer
            network.cut(); // a blip: the connection has to be made again, and the old password no longer opens it
            network.restore();
            CaseFile typed = edited(base, "Typed after the password changed");
            ConnectionLostException broken = assertThrows(ConnectionLostException.class, () -> store.save(typed, base));
            assertEquals(ConnectionLostException.Why.UNREACHABLE, broken.why(), "the save the blip broke");
            ConnectionLostException refused = assertThrows(ConnectionLostException.class, () -> store.save(typed, base));
            assertEquals(ConnectionLostException.Why.PASSWORD, refused.why());
            assertTrue(refused.getMessage().contains("refused the password") && refused.getMessage().contains("Team database"),
                    refused.getMessage());
            assertEquals(typed, kept.pending(base.id()).orElseThrow().newest());
            laptop.close();

            // View › Team database…, the new password: the library opened again sends what was kept.
            try (Database again = PostgresLibrary.connect(address, "second-password".toCharArray())) {
                JournaledCaseStore reopened = new JournaledCaseStore(new CaseRepository(again, clock), kept, clock);
                assertEquals(1, reopened.replay());
                assertTrue(notes(reopened.load(base.id()).orElseThrow()).contains("Typed after the password changed"));
                assertEquals(List.of(), kept.pending());
            }
        }
    }

    @Test
    void aRoleWhoseRightsAreWithdrawnKeepsWhatWasTypedAndSavesOnceTheyAreBack() {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        library.withTeamRoles();
        library.asSuperuser("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'emil') THEN "
                + "CREATE ROLE emil LOGIN IN ROLE turnaround_managers; END IF; END $$");
        try (Database laptop = PostgresLibrary.connect(library.addressAs("emil"), null); OfflineJournal kept = journal()) {
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            CaseFile base = store.create(TestCases.fullyPopulated());
            store.load(base.id());

            library.asSuperuser("REVOKE turnaround_managers FROM emil");
            CaseFile typed = edited(base, "Typed after the rights were withdrawn");
            ConnectionLostException refused = assertThrows(ConnectionLostException.class, () -> store.save(typed, base));
            assertEquals(ConnectionLostException.Why.ROLE, refused.why());
            assertTrue(refused.getMessage().startsWith("The team library no longer lets your role change cases. Saved on this computer"),
                    refused.getMessage());
            assertEquals(typed, store.load(base.id()).orElseThrow(), "still there to read and go on with");

            library.asSuperuser("GRANT turnaround_managers TO emil");
            CaseFile more = edited(typed, "And after they came back");
            store.save(more, typed);
            assertEquals(List.of(), kept.pending());
            assertEquals(notes(more), notes(store.load(base.id()).orElseThrow()));
        }
    }

    @Test
    void aLibraryUpgradedByANewerVersionRefusesThisOnesWritesAndWhatWasTypedIsKept() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        library.withTeamRoles();
        try (CuttableProxy network = new CuttableProxy(library.port()); OfflineJournal kept = journal()) {
            String address = "postgresql://anna@localhost:" + network.port() + "/" + library.database();
            Database laptop = PostgresLibrary.connect(address, null);
            JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(laptop, clock), kept, clock);
            CaseFile base = store.create(TestCases.fullyPopulated());

            // A colleague's newer Turnaround migrates the library while this window is open (its migrations end so).
            library.asSuperuser("UPDATE turnaround_schema SET version = version + 1");
            CaseFile typed = edited(base, "Typed after the upgrade");
            ConnectionLostException refused = assertThrows(ConnectionLostException.class, () -> store.save(typed, base));
            assertEquals(ConnectionLostException.Why.NEWER_SCHEMA, refused.why());
            assertTrue(refused.getMessage().contains("upgraded by a newer version of Turnaround"), refused.getMessage());
            assertEquals(typed, kept.pending(base.id()).orElseThrow().newest());
            assertEquals("0", library.queryAsSuperuser("SELECT count(*) FROM notes WHERE text = 'Typed after the upgrade'"),
                    "nothing written into a schema this version does not know");

            network.cut(); // and when the connection is made again, the check refuses it before anything is read
            network.restore();
            CaseFile more = edited(typed, "And more");
            assertEquals(ConnectionLostException.Why.UNREACHABLE,
                    assertThrows(ConnectionLostException.class, () -> store.save(more, typed)).why(), "the save the blip broke");
            ConnectionLostException again = assertThrows(ConnectionLostException.class, () -> store.save(more, typed));
            assertEquals(ConnectionLostException.Why.NEWER_SCHEMA, again.why());
            assertEquals(more, kept.pending(base.id()).orElseThrow().newest());
            laptop.close();
        }
    }

    /** Makes the server ask this role for its password (the test server trusts every local connection otherwise). */
    private static void requirePasswordFor(String role, TestLibrary library) throws Exception {
        Path hba = Path.of(library.queryAsSuperuser("SHOW hba_file"));
        String rules = Files.readString(hba);
        String rule = "host all " + role + " all scram-sha-256\n";
        if (!rules.contains(rule)) {
            Files.writeString(hba, rule + rules);
            library.queryAsSuperuser("SELECT pg_reload_conf()::text");
        }
    }
}
