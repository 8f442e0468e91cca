package io.turnaround.cli;

import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.domain.SearchHit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code search} and {@code generate-demo}: the case library from the command line. */
final class LibraryCommands {
    private static final int BATCH = 1_000;

    private final Path dataDir;
    private final Supplier<Database> reader;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    private final Cli.Writing writing;

    LibraryCommands(Path dataDir, Supplier<Database> reader, Cli.Writing writing, PrintStream out, PrintStream err, Clock clock) {
        this.dataDir = dataDir;
        this.writing = writing;
        this.reader = reader;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** {@code search QUERY [--limit N]}: id, reference, customer and snippet (matches in brackets), best first. */
    int search(List<String> words, int limit) {
        try (Database db = reader.get()) {
            for (SearchHit hit : new CaseRepository(db, clock).search(String.join(" ", words), limit)) {
                out.println(hit.summary().id() + "\t" + hit.summary().reference() + "\t" + oneLine(hit.summary().customerOrganisation())
                        + "\t" + oneLine(hit.plainSnippet()));
            }
        }
        return Cli.OK;
    }

    /** {@code generate-demo N [--seed S]}: N synthetic cases, the same ones for the same seed. */
    int generateDemo(int count, long seed) {
        long started = System.nanoTime();
        final int n = count;
        final long s = seed;
        int status = writing.run(db -> {
            CaseRepository repo = new CaseRepository(db, clock);
            DemoCases demo = new DemoCases(s);
            List<CaseFile> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < n; i++) {
                batch.add(demo.next());
                if (batch.size() == BATCH || i == n - 1) {
                    repo.createAll(batch);
                    batch.clear();
                }
            }
            return Cli.OK;
        });
        if (status != Cli.OK) {
            return status;
        }
        out.printf("generated %d cases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return Cli.OK;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
