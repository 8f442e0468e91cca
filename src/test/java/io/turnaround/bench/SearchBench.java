package io.turnaround.bench;

import io.turnaround.cli.Cli;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The case library at 100,000 generated cases: generation time, then searches for ordinary words through the
 * repository (what the app and the command line do) against the bare FTS5 query on the same file.
 */
final class SearchBench {
    static final List<String> QUERIES = List.of("laundry", "invoice", "delivery vans", "refund", "Ångström", "北京纺织有限公司",
            "board meeting", "order 42", "competitor", "warehouse");

    private SearchBench() {
    }

    static void run() throws Exception {
        int cases = Integer.getInteger("bench.cases", 100_000);
        Path data = Files.createTempDirectory("turnaround-bench");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int rc = new Cli(data, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC())
                .run(List.of("generate-demo", String.valueOf(cases), "--seed", "1"));
        System.out.printf("library.generate_%d_s %.1f  (goal < 120; exit %d; file %d MB)%n", cases, (System.nanoTime() - t0) / 1e9, rc,
                Files.size(data.resolve(Database.FILE_NAME)) >> 20);
        try (Database db = Database.openIn(data)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            long[] ours = new long[QUERIES.size() * 20];
            long[] raw = new long[ours.length];
            int hits = 0;
            for (int round = 0; round < 22; round++) {
                for (int q = 0; q < QUERIES.size(); q++) {
                    String query = QUERIES.get(q);
                    long s = System.nanoTime();
                    hits += repo.search(query, 20).size();
                    long a = System.nanoTime() - s;
                    s = System.nanoTime();
                    rawQuery(db, query);
                    long b = System.nanoTime() - s;
                    if (round >= 2) { // two rounds warm the caches and the JIT
                        ours[(round - 2) * QUERIES.size() + q] = a;
                        raw[(round - 2) * QUERIES.size() + q] = b;
                    }
                }
            }
            Arrays.sort(ours);
            Arrays.sort(raw);
            double oursMedian = ours[ours.length / 2] / 1e6;
            double rawMedian = raw[raw.length / 2] / 1e6;
            System.out.printf("library.search.median_ms %.1f  p95 %.1f  max %.1f  (goal < 50; %d hits)%n", oursMedian,
                    ours[ours.length * 95 / 100] / 1e6, ours[ours.length - 1] / 1e6, hits);
            System.out.printf("library.search.raw_fts5.median_ms %.1f  p95 %.1f%n", rawMedian, raw[raw.length * 95 / 100] / 1e6);
            System.out.printf("library.search.ratio %.2f  (goal <= 1.5)%n", oursMedian / rawMedian);
            long s = System.nanoTime();
            List<io.turnaround.domain.CaseSummary> all = repo.list();
            System.out.printf("library.list_all_ms %.0f  (%d cases)%n", (System.nanoTime() - s) / 1e6, all.size());
            filterAndOpen(repo, all);
        }
        listMemory(data);
        deleteTree(data);
    }

    /**
     * What the list does on the FX thread when a filter changes (the filtered, sorted view of all cases recomputed),
     * and opening a case from the file, as the list does on the worker.
     */
    private static void filterAndOpen(CaseRepository repo, List<io.turnaround.domain.CaseSummary> all) {
        io.turnaround.ui.caselist.CaseListFilter filter = new io.turnaround.ui.caselist.CaseListFilter(Clock.systemUTC());
        javafx.collections.transformation.FilteredList<io.turnaround.domain.CaseSummary> shown =
                new javafx.collections.transformation.FilteredList<>(javafx.collections.FXCollections.observableArrayList(all));
        shown.predicateProperty().bind(filter.predicateProperty());
        javafx.collections.transformation.SortedList<io.turnaround.domain.CaseSummary> sorted = new javafx.collections.transformation.SortedList<>(shown);
        List<Runnable> changes = List.of(
                () -> filter.statusProperty().set(io.turnaround.domain.CaseStatus.INVESTIGATING),
                () -> filter.customerProperty().set("Tyrell"),
                () -> filter.overdueOnlyProperty().set(true),
                () -> filter.fromProperty().set(java.time.LocalDate.now().minusDays(90)),
                filter::clear);
        long[] times = new long[changes.size() * 20];
        int shownTotal = 0;
        for (int i = 0; i < times.length + 2 * changes.size(); i++) {
            long s = System.nanoTime();
            changes.get(i % changes.size()).run();
            shownTotal += sorted.size();
            if (i >= 2 * changes.size()) {
                times[i - 2 * changes.size()] = System.nanoTime() - s;
            }
        }
        Arrays.sort(times);
        System.out.printf("library.filter.median_ms %.1f  p95 %.1f  max %.1f  (a filter changed over %d cases; %d shown in all)%n",
                times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, times[times.length - 1] / 1e6, all.size(), shownTotal);
        long[] opens = new long[50];
        java.util.Random pick = new java.util.Random(1);
        for (int i = 0; i < opens.length + 5; i++) {
            long id = all.get(pick.nextInt(all.size())).id();
            long s = System.nanoTime();
            repo.load(id).orElseThrow();
            if (i >= 5) {
                opens[i - 5] = System.nanoTime() - s;
            }
        }
        Arrays.sort(opens);
        System.out.printf("library.open_case.median_ms %.1f  p95 %.1f  max %.1f  (a random case loaded from the file)%n",
                opens[opens.length / 2] / 1e6, opens[opens.length * 95 / 100] / 1e6, opens[opens.length - 1] / 1e6);
    }

    /** The app started on the 100,000 cases, its list scrolled end to end: resident memory and heap. */
    private static void listMemory(Path data) throws Exception {
        // The installed app's options: among them, a desktop app hands back what it does not use rather than keep the
        // default quarter of the machine's memory.
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(InstalledJvmOptions.read());
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("io.turnaround.Main", "--data-dir", data.toString(), "--measure-list-memory"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.printf("library.list_scrolled.rss_mb %s  peak %s  heap_mb %s  rows %s  (goal <= 300 MB resident)%n",
                value(output, "list-rss-mb"), value(output, "list-peak-rss-mb"), value(output, "list-heap-mb"), value(output, "list-rows"));
    }

    private static String value(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1)).findFirst().orElse("?");
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** The same match, ranking and snippet straight from FTS5, without the join to the cases or building results. */
    private static void rawQuery(Database db, String words) {
        String match = Arrays.stream(words.toLowerCase().split("\\s+")).map(w -> "\"" + w + "\"").reduce((a, b) -> a + " " + b)
                .orElse("") + "*";
        db.read(c -> {
            try (var ps = c.prepareStatement("SELECT rowid, snippet(case_search, -1, char(2), char(3), '…', 12) FROM case_search "
                    + "WHERE case_search MATCH ? ORDER BY rank LIMIT 20")) {
                ps.setString(1, match);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                    }
                }
            }
            return null;
        });
    }
}
