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
        return generateDemo(count, seed, false);
    }

    /** {@code register --from D --to D --out F.csv}: the register and, beside it, its summary by product and category. */
    int register(java.time.LocalDate from, java.time.LocalDate to, Path target) {
        if (to.isBefore(from)) {
            err.println("turnaround: register: --to is before --from");
            return Cli.USAGE;
        }
        try (Database db = reader.get()) {
            var rules = io.turnaround.domain.ComplaintRules.from(new io.turnaround.store.SettingsRepository(db)::value);
            var register = io.turnaround.domain.ComplaintRegister.of(new CaseRepository(db, clock).complaints(), from, to, rules);
            Path summary = summaryFile(target);
            io.turnaround.store.PrivateFiles.writeAtomically(target, io.turnaround.export.RegisterCsv.rows(register)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            io.turnaround.store.PrivateFiles.writeAtomically(summary, io.turnaround.export.RegisterCsv.summary(register)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.println("wrote " + register.rows().size() + " complaints to " + target + " and " + register.groups().size()
                    + " groups to " + summary);
            return Cli.OK;
        } catch (java.io.IOException e) {
            err.println("turnaround: register: cannot write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** "register.csv" → "register-summary.csv", in the same folder. */
    static Path summaryFile(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-summary" + (dot > 0 ? name.substring(dot) : ".csv"));
    }

    int generateDemo(int count, long seed, boolean regulated) {
        long started = System.nanoTime();
        final int n = count;
        final long s = seed;
        int status = writing.run(db -> {
            CaseRepository repo = new CaseRepository(db, clock);
            DemoCases demo = new DemoCases(s, regulated);
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
