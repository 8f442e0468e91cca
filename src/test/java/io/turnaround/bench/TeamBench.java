package io.turnaround.bench;

import io.turnaround.TestCases;
import io.turnaround.cli.Cli;
import io.turnaround.domain.CaseFile;
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
import java.util.Arrays;
import java.util.List;

/**
 * The same generated library in both engines, side by side: the case file and a local PostgreSQL server (the tests'
 * embedded one, started here). {@code -Dbench.only=team -Dbench.team.cases=N} (20,000 by default).
 */
final class TeamBench {
    private TeamBench() {
    }

    static void run() throws Exception {
        int cases = Integer.getInteger("bench.team.cases", 20_000);
        Path folder = Files.createTempDirectory("turnaround-team-bench");
        try (EmbeddedPostgres pg = durable()) {
            try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
                System.out.println("# PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + " on this machine (fsync and "
                        + "synchronous_commit " + System.getProperty("bench.team.fsync", "on") + "); " + cases + " generated cases in each engine");
            }
            String address = "postgresql://postgres@localhost:" + pg.getPort() + "/bench";
            String engines = System.getProperty("bench.team.engines", "sqlite,postgresql");
            if (engines.contains("sqlite")) {
                measure("sqlite", folder, null, cases);
            }
            if (engines.contains("postgresql")) {
                measure("postgresql", folder.resolve("unused"), address, cases);
            }
        }
        SearchBench.deleteTree(folder);
    }

    /**
     * The tests' embedded server, but writing as a production server does: zonky starts it with fsync and
     * synchronous_commit off, which would flatter every figure that writes.
     */
    static EmbeddedPostgres durable() throws java.io.IOException {
        // -Dbench.team.fsync=off: zonky's own settings, for comparison with figures measured so.
        String fsync = System.getProperty("bench.team.fsync", "on");
        return EmbeddedPostgres.builder().setServerConfig("fsync", fsync).setServerConfig("synchronous_commit", fsync).start();
    }

    private static void measure(String engine, Path folder, String address, int cases) throws Exception {
        long t0 = System.nanoTime();
        int rc = new Cli(folder, address, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err,
                Clock.systemUTC()).run(List.of("generate-demo", String.valueOf(cases), "--seed", "1"));
        System.out.printf("team.%s.generate_s %.1f  (exit %d)%n", engine, (System.nanoTime() - t0) / 1e9, rc);
        try (Database db = address == null ? Database.openIn(folder) : PostgresLibrary.connect(address, null)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            long[] search = new long[SearchBench.QUERIES.size() * 10];
            for (int round = 0; round < 12; round++) {
                for (int q = 0; q < SearchBench.QUERIES.size(); q++) {
                    long s = System.nanoTime();
                    repo.search(SearchBench.QUERIES.get(q), 20);
                    if (round >= 2) {
                        search[(round - 2) * SearchBench.QUERIES.size() + q] = System.nanoTime() - s;
                    }
                }
            }
            print("team." + engine + ".search", search, "goal < 50");
            ListBench.run("team." + engine, repo);
            print("team." + engine + ".autosave_keystroke_2000_notes", autosave(repo), "goal < 20");
        }
    }

    /** One keystroke in the subject of a case with 2,000 notes, saved: as BenchMain's autosave, in this engine. */
    private static long[] autosave(CaseRepository repo) {
        CaseFile c = TestCases.fullyPopulated();
        return BenchMain.subjectKeystrokes(repo, repo.create(BenchMain.withNotes(c.withHeader(c.header().withReference("")), 2000)), 100);
    }

    private static void print(String name, long[] nanos, String goal) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s.median_ms %.1f  p95 %.1f  max %.1f  (%s)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6, goal);
    }
}
