package io.turnaround.bench;

import io.turnaround.TestCases;
import io.turnaround.cli.Cli;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.PostgresLibrary;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A firm at work on one team library, on loopback, for a bounded time: {@code bench.load.managers} managers (20), each
 * on a connection of their own typing into their own case at a person's pace (a save of what was typed every 250 ms,
 * as the autosave does, and a note every 5 s), while 2 more search and open the dashboard's figures. Then every case is
 * read back: every note each manager added must be there. {@code -Dbench.only=team-load}; {@code bench.load.seconds}
 * (120).
 */
final class TeamLoadBench {
    private TeamLoadBench() {
    }

    static void run() throws Exception {
        int managers = Integer.getInteger("bench.load.managers", 20);
        long seconds = Long.getLong("bench.load.seconds", 120);
        Path folder = Files.createTempDirectory("turnaround-load");
        try (EmbeddedPostgres pg = TeamBench.durable()) {
            try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE load");
            }
            String address = "postgresql://postgres@localhost:" + pg.getPort() + "/load";
            new Cli(folder, address, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err,
                    Clock.systemUTC()).run(List.of("generate-demo", "2000", "--seed", "1"));
            System.out.printf("# %d managers typing and adding notes, 2 searching and opening the dashboard, %d s, on a library of "
                    + "2,000 generated cases (PostgreSQL on loopback, fsync on)%n", managers, seconds);
            ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> searches = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> dashboards = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(managers + 2);
            List<Future<long[]>> typed = new ArrayList<>();
            for (int m = 0; m < managers; m++) {
                int who = m;
                typed.add(pool.submit(() -> manager(address, who, end, saves, errors)));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int seed = r;
                readers.add(pool.submit(() -> reader(address, seed, end, searches, dashboards, errors)));
            }
            int lost = 0;
            int notes = 0;
            try (Database check = PostgresLibrary.connect(address, null)) {
                CaseRepository repo = new CaseRepository(check, Clock.systemUTC());
                for (Future<long[]> f : typed) {
                    long[] caseAndNotes = f.get();
                    long have = repo.load(caseAndNotes[0]).orElseThrow().listen().notes().stream()
                            .filter(n -> n.text().startsWith("Load note ")).count();
                    notes += (int) caseAndNotes[1];
                    lost += (int) Math.max(0, caseAndNotes[1] - have);
                }
            }
            for (Future<?> f : readers) {
                f.get();
            }
            pool.shutdown();
            print("team_load.save", saves, "goal p95 <= 50");
            print("team_load.search", searches, "");
            print("team_load.dashboard", dashboards, "every case's figures");
            System.out.printf("team_load.errors %d  team_load.notes_added %d  team_load.notes_lost %d  (goal 0 errors, 0 lost)%n",
                    errors.get(), notes, lost);
        }
        SearchBench.deleteTree(folder);
    }

    /** One manager: their own case, a save every 250 ms, a note every 5 s. Returns the case's id and the notes added. */
    private static long[] manager(String address, int who, long end, ConcurrentLinkedQueue<Long> saves, AtomicInteger errors) throws Exception {
        try (Database db = PostgresLibrary.connect(address, null)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile full = TestCases.fullyPopulated();
            CaseFile last = repo.create(full.withHeader(full.header().withReference("")));
            Random random = new Random(who);
            int notes = 0;
            long nextNote = System.nanoTime() + 5_000_000_000L;
            StringBuilder remedy = new StringBuilder();
            while (System.nanoTime() < end) {
                Thread.sleep(200 + random.nextInt(100));
                remedy.append((char) ('a' + random.nextInt(26)));
                CaseFile next = last.withResolution(last.resolution().withRemedy(remedy.toString()));
                boolean withNote = System.nanoTime() >= nextNote;
                if (withNote) {
                    next = next.withListen(next.listen().withNoteAdded(new Note(null, notes * 1000L, Instant.now(),
                            "Load note " + notes, NoteTag.CLAIM, false)));
                    nextNote += 5_000_000_000L;
                }
                next = next.withHeader(next.header().withUpdatedAt(Instant.now()));
                long t0 = System.nanoTime();
                try {
                    repo.save(next, last);
                    saves.add(System.nanoTime() - t0);
                    last = next;
                    if (withNote) {
                        notes++;
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            }
            return new long[] {last.id(), notes};
        }
    }

    private static Void reader(String address, int seed, long end, ConcurrentLinkedQueue<Long> searches,
                               ConcurrentLinkedQueue<Long> dashboards, AtomicInteger errors) throws Exception {
        try (Database db = PostgresLibrary.connect(address, null)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            Random random = new Random(100 + seed);
            int round = 0;
            while (System.nanoTime() < end) {
                try {
                    long t0 = System.nanoTime();
                    repo.search(SearchBench.QUERIES.get(random.nextInt(SearchBench.QUERIES.size())), 20);
                    searches.add(System.nanoTime() - t0);
                    if (++round % 5 == 0) {
                        t0 = System.nanoTime();
                        repo.stats();
                        dashboards.add(System.nanoTime() - t0);
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
                Thread.sleep(500);
            }
            return null;
        }
    }

    private static void print(String name, ConcurrentLinkedQueue<Long> nanos, String goal) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println(name + " none");
            return;
        }
        System.out.printf("%s.p50_ms %.1f  p95 %.1f  max %.1f  (%d; %s)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length, goal);
    }
}
