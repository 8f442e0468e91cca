package io.turnaround.bench;

import io.turnaround.app.SampleCase;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.LongCase;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import io.turnaround.export.pdf.PdfFonts;
import io.turnaround.store.PrivateFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Exporting the sample case's summary as the running app does it: fonts loaded and the exporter warmed up in the
 * background after startup, then PDF rendered and written to a file. Beside it, LibreOffice (when installed)
 * converting the same text to PDF from the command line.
 */
final class ExportBench {
    private ExportBench() {
    }

    static void run() throws Exception {
        long t0 = System.nanoTime();
        PdfFonts fonts = PdfFonts.loadBundled();
        SummaryExporter exporter = new SummaryExporter(() -> CompletableFuture.completedFuture(fonts), Locale.UK, ZoneId.of("Europe/London"));
        exporter.warmUp(SampleCase.load(), null);
        System.out.printf("export.fonts_and_warmup_ms %.0f  (background, after startup)%n", (System.nanoTime() - t0) / 1e6);
        // A case the warm-up has not seen: the sample with other words in it.
        CaseFile loaded = SampleCase.load();
        CaseFile sample = loaded.withConclusions(loaded.conclusions().withAcceptedBlame("We accept that the re-cure was our decision alone."));
        Path dir = Files.createTempDirectory("turnaround-bench");
        Path target = dir.resolve("summary.pdf");
        long median = timeExports("export.pdf", 60, 100, target, () -> exporter.pdf(sample, null, "Northwind Textiles", null, null,
                Instant.now()));
        longCase(exporter, dir);
        libreOffice(dir, SummaryFixture.text(Files.readAllBytes(target)), median);
    }

    /** The long case (300 facts, 60 actions, five revisions), its last revision exported as sent: goal 400 ms warm. */
    private static void longCase(SummaryExporter exporter, Path dir) throws Exception {
        CaseFile c = LongCase.build(exporter);
        timeExports("export.long", 20, 400, dir.resolve("long.pdf"), () -> exporter.pdf(c, 5, "Northwind Textiles", null, null,
                Instant.now()));
    }

    private interface Export {
        SummaryExporter.Pdf run() throws Exception;
    }

    /** Exports and writes {@code rounds} times; prints first, median and p95 against the goal; returns the median. */
    private static long timeExports(String name, int rounds, int goalMs, Path target, Export export) throws Exception {
        long[] times = new long[rounds];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            PrivateFiles.writeAtomically(target, export.run().bytes());
            times[i] = System.nanoTime() - s;
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%s.first_ms %.1f%n", name, times[0] / 1e6);
        System.out.printf("%s.median_ms %.1f  p95 %.1f  (goal <= %d; %d bytes, %d pages)%n", name, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 95 / 100] / 1e6, goalMs, Files.size(target), SummaryFixture.pages(Files.readAllBytes(target)));
        return sorted[sorted.length / 2];
    }

    private static void libreOffice(Path dir, String text, long ourMedianNanos) throws Exception {
        String office = findOnPath("soffice", "libreoffice");
        if (office == null) {
            System.out.println("export.libreoffice (not installed: skipped)");
            return;
        }
        Path source = dir.resolve("summary.txt");
        Files.writeString(source, text, StandardCharsets.UTF_8);
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            Process p = new ProcessBuilder(office, "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                    "--convert-to", "pdf", "--outdir", dir.resolve("lo").toString(), source.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                System.out.println("export.libreoffice did not finish within 120 s");
                return;
            }
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("export.libreoffice.median_ms %.0f  (headless --convert-to pdf of the same text; ratio %.0f×)%n",
                times[1] / 1e6, (double) times[1] / ourMedianNanos);
    }

    private static String findOnPath(String... names) {
        List<String> dirs = new ArrayList<>(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        for (String name : names) {
            for (String d : dirs) {
                Path candidate = Path.of(d, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
