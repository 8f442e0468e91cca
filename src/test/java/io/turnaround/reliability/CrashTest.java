package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modelled on SQLite's own crash tests: a child JVM edits the real store continuously and is
 * killed with SIGKILL at a random moment, again and again. Every edit it reported as saved must
 * be there, in order, and the file must pass {@code PRAGMA integrity_check}.
 * {@code -Dcrash.cycles=500} runs the long version (see docs/reliability.md).
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsNothingReportedSavedIsLost() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 50);
        long given = Long.getLong("crash.seed", 0);
        long seed = given != 0 ? given : System.nanoTime();
        System.out.println("CrashTest: " + cycles + " cycles, seed " + seed);
        Random random = new Random(seed);
        long lastReported = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", NativeLibraryTest.unpackInto(dir), "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
            AtomicLong saved = new AtomicLong(-1);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith("saved ")) {
                            saved.set(Long.parseLong(line.substring(6).strip()));
                        } else if (line.startsWith("ready ")) {
                            saved.compareAndSet(-1, Long.parseLong(line.substring(6).strip()));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // The pipe closes when the child is killed.
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (saved.get() < 0 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flush
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
            long reported = saved.get();
            assertTrue(reported >= lastReported, "cycle " + cycle + " (seed " + seed + "): the child started from fewer edits than reported");

            assertEquals("ok", integrityCheck(dir.resolve(Database.FILE_NAME)), "cycle " + cycle + ", seed " + seed);
            try (Database db = Database.openIn(dir)) {
                CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
                if (reported > 0) {
                    CaseFile c = repo.load(repo.list().get(0).id()).orElseThrow();
                    List<Note> notes = c.listen().notes();
                    assertTrue(notes.size() >= reported, "cycle " + cycle + " (seed " + seed + "): reported " + reported
                            + " saved, found " + notes.size());
                    for (int i = 0; i < notes.size(); i++) {
                        assertTrue(notes.get(i).text().startsWith("edit " + (i + 1) + " "), "notes in order, none missing");
                    }
                }
            }
            lastReported = Math.max(lastReported, reported);
        }
        assertTrue(lastReported > cycles / 2, "the child saved edits between kills: " + lastReported);
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }
}
