package io.turnaround.bench;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints every figure recorded in docs/benchmarks.md: {@code ./mvnw -Pbench verify}.
 * Runs headless with Monocle unless a DISPLAY is set, so it works on CI machines too.
 */
public final class BenchMain {
    private static final int STARTUP_RUNS = 7;
    /** Set on the harness's own JVM once it runs with the installed app's options. */
    private static final String WITH_APP_OPTIONS = "bench.with-app-options";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean(WITH_APP_OPTIONS)) {
            System.exit(withAppOptions(args));
        }
        System.out.println("# Turnaround benchmarks (" + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, display: "
                + (System.getenv("DISPLAY") == null ? "headless Monocle" : System.getenv("DISPLAY")) + ")");
        // -Dbench.only=export (or startup, autosave, notes, library, team, html-library) runs one part.
        String only = System.getProperty("bench.only", "");
        if (only.isEmpty() || only.equals("startup")) {
            startup();
        }
        if (only.isEmpty() || only.equals("autosave")) {
            autosave();
        }
        if (only.isEmpty() || only.equals("notes")) {
            NoteBench.run();
        }
        if (only.isEmpty() || only.equals("export")) {
            ExportBench.run();
        }
        if (only.equals("team")) {
            TeamBench.run(); // the same library in the case file and in PostgreSQL (docs/benchmarks.md, team library)
        }
        if (only.equals("team-load")) {
            TeamLoadBench.run(); // 20 managers and 2 readers on one team library (docs/benchmarks.md, team load)
        }
        if (only.equals("html-library")) {
            HtmlLibraryBench.run(); // the layout library compared for PDF/UA (docs/decisions/summary-tagging.md)
        }
        if (only.isEmpty() || only.equals("library")) {
            SearchBench.run();
        }
    }

    /**
     * Starts the harness again in a JVM with the installed app's options (installer/jpackage/image.args), so that what it
     * measures in its own process — autosave, notes, the PDF export, search — runs as in the installed app.
     */
    private static int withAppOptions(String[] args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(InstalledJvmOptions.read());
        command.add("-D" + WITH_APP_OPTIONS + "=true");
        System.getProperties().stringPropertyNames().stream()
                .filter(p -> p.startsWith("bench.") || p.startsWith("testfx.") || p.startsWith("monocle.") || p.startsWith("glass.")
                        || p.startsWith("prism."))
                .forEach(p -> command.add("-D" + p + "=" + System.getProperty(p)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName()));
        command.addAll(Arrays.asList(args));
        System.out.println("# JVM options (the installed app's): " + String.join(" ", InstalledJvmOptions.read()));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * Cold start to the first frame of the case list, with the installed app's JVM options, against a bare JavaFX
     * window started with the JVM's defaults and with the same options.
     */
    private static void startup() throws Exception {
        Path data = Files.createTempDirectory("turnaround-bench");
        try (Database db = Database.openIn(data)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            for (int i = 0; i < 50; i++) {
                repo.create(TestCases.fullyPopulated());
            }
        }
        List<String> options = InstalledJvmOptions.read();
        long[] app = new long[STARTUP_RUNS];
        long[] bare = new long[STARTUP_RUNS];
        long[] bareWithOptions = new long[STARTUP_RUNS];
        for (int i = 0; i < STARTUP_RUNS; i++) {
            bare[i] = runAndRead(List.of(), BareWindow.Launcher.class.getName());
            bareWithOptions[i] = runAndRead(options, BareWindow.Launcher.class.getName());
            app[i] = runAndRead(options, "io.turnaround.Main", "--data-dir", data.toString(), "--measure-startup");
        }
        long appMedian = median(app);
        long bareMedian = median(bare);
        System.out.printf("startup.app.median_ms %d  (runs %s)%n", appMedian, Arrays.toString(app));
        System.out.printf("startup.bare.median_ms %d  (runs %s)%n", bareMedian, Arrays.toString(bare));
        System.out.printf("startup.bare_with_app_options.median_ms %d  (runs %s)%n", median(bareWithOptions),
                Arrays.toString(bareWithOptions));
        System.out.printf("startup.ratio %.2f  (goal <= 1.30; against the bare window with the same options %.2f)%n",
                (double) appMedian / bareMedian, (double) appMedian / median(bareWithOptions));
    }

    /** One keystroke's save on a case with 2,000 notes: the list is unchanged, so only the case row is written. */
    private static void autosave() throws Exception {
        Path data = Files.createTempDirectory("turnaround-bench");
        try (Database db = Database.openIn(data)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile stored = repo.create(withNotes(TestCases.fullyPopulated(), 2000));
            long[] keystroke = subjectKeystrokes(repo, stored, 200);
            long[] load = new long[50];
            for (int i = 0; i < 100; i++) {
                repo.load(stored.id()); // warm: the keystrokes no longer take long enough to compile the loading code meanwhile
            }
            for (int i = 0; i < load.length; i++) {
                long t0 = System.nanoTime();
                repo.load(stored.id());
                load[i] = System.nanoTime() - t0;
            }
            System.out.printf("autosave.keystroke_2000_notes.median_ms %.2f%n", median(keystroke) / 1e6);
            System.out.printf("case.load_2000_notes.median_ms %.2f%n", median(load) / 1e6);
        }
    }

    /** {@code count} autosaves, each of one more keystroke typed into the subject of {@code stored}: nanoseconds each. */
    static long[] subjectKeystrokes(CaseRepository repo, CaseFile stored, int count) {
        long[] times = new long[count];
        CaseFile last = stored;
        for (int i = 0; i < count; i++) {
            CaseFile next = last.withHeader(last.header().withSubject("Subject " + i));
            long t0 = System.nanoTime();
            repo.save(next, last);
            times[i] = System.nanoTime() - t0;
            last = next;
        }
        return times;
    }

    /** The case with {@code count} call notes of a line each: the long call the autosave figures are measured on. */
    static CaseFile withNotes(CaseFile c, int count) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(new Note(null, i * 1000L, Instant.EPOCH.plusSeconds(i), "Note number " + i + " about the delivery", NoteTag.OTHER, false));
        }
        return c.withListen(c.listen().withNotes(notes));
    }

    static long runAndRead(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.add(mainClass);
        command.addAll(List.of(args));
        Path out = Files.createTempFile("turnaround-bench", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        // A start that hangs is a finding, not a reason for the benchmark to hang too.
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within 60 s; output: " + Files.readString(out));
        }
        long result = -1;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.startsWith("startup-ms ")) {
                result = Long.parseLong(line.substring("startup-ms ".length()).strip());
            }
        }
        Files.deleteIfExists(out);
        if (result < 0) {
            throw new IllegalStateException(mainClass + " printed no startup time");
        }
        return result;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
