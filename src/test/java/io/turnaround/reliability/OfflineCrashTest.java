package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.CuttableProxy;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.JournaledCaseStore;
import io.turnaround.store.OfflineJournal;
import io.turnaround.store.PostgresLibrary;
import io.turnaround.store.TestLibrary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of a team library: a child JVM types into a case on a real PostgreSQL server behind a relay this test
 * cuts and restores at random moments — so it saves to the server, or to its journal when offline, or starts without
 * the server — and is killed with SIGKILL at random moments, again and again. Every note it reported as saved must be
 * on the server or in the journal after each kill, and on the server, in the order typed, once the connection is back
 * and the journal sent. {@code -Doffline.cycles=N} sets the number of kills (50 by default).
 */
class OfflineCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedOnAndOfflineAtRandomMomentsNothingReportedSavedIsLost() throws Exception {
        int cycles = Integer.getInteger("offline.cycles", 50);
        long given = Long.getLong("crash.seed", 0);
        long seed = given != 0 ? given : System.nanoTime();
        System.out.println("OfflineCrashTest: " + cycles + " cycles, seed " + seed);
        Random random = new Random(seed);
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        List<String> acknowledged = new ArrayList<>();
        int offlineStarts = 0;
        int journaled = 0;
        try (CuttableProxy network = new CuttableProxy(library.port())) {
            String address = "postgresql://postgres@localhost:" + network.port() + "/" + library.database();
            long id;
            String name;
            try (Database db = PostgresLibrary.connect(address, null); OfflineJournal journal = journal(db.name())) {
                JournaledCaseStore store = new JournaledCaseStore(new CaseRepository(db, Clock.systemUTC()), journal, Clock.systemUTC());
                name = db.name();
                id = store.create(CaseFile.start("", "Offline crash test", "Acme", Instant.now())).id();
                store.load(id); // read once: readable offline from now on
            }
            for (int cycle = 0; cycle < cycles; cycle++) {
                // Each run starts on or off line, and the network may change while it types.
                boolean online = random.nextBoolean();
                if (online) {
                    network.restore();
                } else {
                    network.cut();
                    offlineStarts++;
                }
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto", "-XX:TieredStopAtLevel=1", NativeLibraryTest.unpackInto(dir), "-cp", System.getProperty("java.class.path"),
                        OfflineCrashChild.class.getName(), address, dir.toString(), String.valueOf(id), "r" + cycle)
                        .redirectErrorStream(true).start();
                int run = cycle;
                List<String> saved = new CopyOnWriteArrayList<>();
                boolean[] ready = {false};
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            if (line.startsWith("saved ")) {
                                saved.add(line.substring(6).strip());
                            } else if (line.equals("ready")) {
                                ready[0] = true;
                            } else if (line.contains("Exception")) {
                                System.out.println("child " + run + ": " + line);
                            }
                        }
                    } catch (java.io.IOException ignored) {
                        // The pipe closes when the child is killed.
                    }
                });
                reader.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!ready[0] && System.nanoTime() < deadline && child.isAlive()) {
                    Thread.sleep(5);
                }
                assertTrue(ready[0], "cycle " + cycle + " (seed " + seed + "): the child started");
                int typing = random.nextInt(300);
                if (random.nextBoolean()) {
                    Thread.sleep(typing / 2);
                    if (online) {
                        network.cut(); // the Wi-Fi drops mid-call
                    } else {
                        network.restore(); // or comes back
                    }
                    Thread.sleep(typing / 2);
                } else {
                    Thread.sleep(typing);
                }
                child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flush
                child.waitFor(10, TimeUnit.SECONDS);
                reader.join(5_000);
                acknowledged.addAll(saved);

                // After the kill: each note reported saved is on the server or in the journal on this computer.
                Set<String> there = new HashSet<>(onServer(library, id));
                try (OfflineJournal journal = journal(name)) {
                    for (OfflineJournal.Entry e : journal.pending()) {
                        journaled++;
                        e.newest().listen().notes().forEach(n -> there.add(n.text()));
                    }
                }
                for (String label : acknowledged) {
                    assertTrue(there.contains(label), "cycle " + cycle + " (seed " + seed + "): " + label + " was reported saved");
                }
            }

            // The connection back: the next start sends the journal; every note is on the server, in the order typed.
            network.restore();
            try (Database db = PostgresLibrary.connect(address, null); OfflineJournal journal = journal(db.name())) {
                new JournaledCaseStore(new CaseRepository(db, Clock.systemUTC()), journal, Clock.systemUTC()).replay();
                assertEquals(List.of(), journal.pending(), "the journal is emptied once the server has it");
            }
        }
        List<String> stored = onServer(library, id(library));
        System.out.println("OfflineCrashTest: " + stored.size() + " notes on the server");
        List<String> inOrder = stored.stream().filter(new HashSet<>(acknowledged)::contains).toList();
        assertEquals(acknowledged, inOrder, "seed " + seed + ": every note reported saved, in the order typed");
        System.out.println("OfflineCrashTest: " + acknowledged.size() + " notes reported saved, " + offlineStarts
                + " runs started offline, journal held edits after " + journaled + " kills");
        assertTrue(offlineStarts > 0 && journaled > 0, "the runs went offline and the journal was used");
        assertTrue(acknowledged.size() > cycles, "the child saved notes between kills: " + acknowledged.size());
    }

    private OfflineJournal journal(String library) {
        return io.turnaround.store.TestJournal.open(dir, library);
    }

    private static long id(TestLibrary library) {
        return Long.parseLong(library.queryAsSuperuser("SELECT min(id) FROM cases"));
    }

    /** The notes of the case as the server has them, read directly (not through the relay). */
    private static List<String> onServer(TestLibrary library, long id) {
        try (Database db = library.open()) {
            return new CaseRepository(db, new MutableClock(Instant.now(), java.time.ZoneOffset.UTC)).load(id).orElseThrow()
                    .listen().notes().stream().map(Note::text).toList();
        }
    }
}
