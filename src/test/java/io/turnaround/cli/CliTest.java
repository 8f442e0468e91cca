package io.turnaround.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.export.CaseJson;
import io.turnaround.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Path dataDir, String... args) {
        out.reset();
        err.reset();
        return new Cli(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(List.of(args));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportImportExportIsByteIdenticalApartFromIds() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path original = dir.resolve("original.json");
        Files.writeString(original, new CaseJson().write(TestCases.fullyPopulated()));

        assertEquals(0, run(a, "import", original.toString()));
        String idA = out().strip();
        Path first = dir.resolve("first.json");
        assertEquals(0, run(a, "export-json", idA, "--out", first.toString()));

        // Import into a second data folder that already holds a case, so the id differs.
        run(b, "import", original.toString());
        assertEquals(0, run(b, "import", first.toString()));
        String idB = out().strip();
        Path second = dir.resolve("second.json");
        assertEquals(0, run(b, "export-json", idB, "--out", second.toString()));

        String firstText = Files.readString(first).replace("\"id\" : " + idA + ",", "\"id\" : X,");
        String secondText = Files.readString(second).replace("\"id\" : " + idB + ",", "\"id\" : X,");
        assertTrue(!idA.equals(idB), "the ids differ");
        assertEquals(firstText.replaceAll("T-2026-00\\d\\d", "REF"), secondText.replaceAll("T-2026-00\\d\\d", "REF"));
    }

    @Test
    void exportImportExportIntoAFreshFolderIsByteIdentical() throws Exception {
        Path original = dir.resolve("original.json");
        Files.writeString(original, new CaseJson().write(TestCases.fullyPopulated()));
        run(dir.resolve("a"), "import", original.toString());
        Path first = dir.resolve("first.json");
        run(dir.resolve("a"), "export-json", "1", "--out", first.toString());
        run(dir.resolve("b"), "import", first.toString());
        Path second = dir.resolve("second.json");
        run(dir.resolve("b"), "export-json", "1", "--out", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void listPrintsOneTabSeparatedLinePerCase() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, new CaseJson().write(TestCases.fullyPopulated()));
        run(dir, "import", file.toString());
        assertEquals(0, run(dir, "list"));
        assertEquals("1\tT-2026-0042\tAWAITING_APPROVAL\tRivertown Fire Department\tFire department shirts: print worn out after washing\n",
                out());
    }

    @Test
    void badJsonFailsWithOneLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"turnaround-case\", \"version\": 1, \"caseFile\": {\"header\": {\"status\": 5}}");
        assertEquals(Cli.FAILED, run(dir, "import", bad.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("turnaround: bad.json: "), message);
        assertTrue(Files.notExists(dir.resolve(Database.FILE_NAME)), "nothing written, not even an empty file");
    }

    @Test
    void backupListAndRestoreFromTheCommandLine() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, new CaseJson().write(TestCases.fullyPopulated()));
        run(dir, "import", file.toString());
        assertEquals(0, run(dir, "backup"));
        Path backup = Path.of(out().strip());
        assertTrue(Files.exists(backup));
        assertEquals(0, run(dir, "backups"));
        assertEquals(backup.toString(), out().strip());
        run(dir, "import", file.toString());
        assertEquals(0, run(dir, "restore", backup.toString()));
        assertTrue(out().startsWith("restored "), out());
        run(dir, "list");
        assertEquals(1, out().lines().count(), "the case imported after the backup is gone");
        assertEquals(Cli.FAILED, run(dir, "restore", dir.resolve("nothing.db").toString()));
    }

    @Test
    void whileTheAppIsOpenCommandsReadButNeverWrite() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, new CaseJson().write(TestCases.fullyPopulated()));
        run(dir, "import", file.toString());
        try (var held = io.turnaround.store.InstanceLock.tryAcquire(dir).orElseThrow()) {
            assertEquals(Cli.FAILED, run(dir, "import", file.toString()));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("close it first"));
            assertEquals(Cli.FAILED, run(dir, "backup"));
            assertEquals(0, run(dir, "list"));
            assertEquals(1, out().lines().count());
            assertEquals(0, run(dir, "export-json", "1"));
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Cli.USAGE, run(dir, "frobnicate"));
        assertEquals(Cli.USAGE, run(dir, "export-json"));
        assertEquals(Cli.USAGE, run(dir, "import"));
        assertEquals(Cli.USAGE, run(dir, "list", "extra"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Try 'turnaround list --help'."), "the way to the command's help");
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : List.of("list", "import", "export-json", "export-pdf", "email-draft", "export-ics", "search",
                "generate-demo", "backup", "backups", "restore", "migrate", "reassign", "copy-to")) {
            assertEquals(0, run(dir, command, "--help"), command);
            assertTrue(out().startsWith("Usage: turnaround " + command), command + ": " + out());
        }
        assertEquals(0, run(dir, "export-pdf", "--help"));
        assertTrue(out().contains("--revision=N") && out().contains("--out=FILE.pdf"), out());
    }

    @Test
    void anUnknownCaseIsAFailureNotACrash() {
        assertEquals(Cli.FAILED, run(dir, "export-json", "999"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no case with id 999"));
    }

    @Test
    void exportPdfAndEmailDraftWriteTheSummaryOfACaseOrOfOneOfItsRevisions() throws Exception {
        Path original = dir.resolve("case.json");
        Files.writeString(original, new CaseJson().write(io.turnaround.app.SampleCase.load()));
        assertEquals(0, run(dir, "import", original.toString()));
        String id = out().strip();
        Path pdf = dir.resolve("summary.pdf");
        assertEquals(0, run(dir, "export-pdf", id, "--out", pdf.toString()));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Path rev1 = dir.resolve("rev1.pdf");
        assertEquals(0, run(dir, "export-pdf", id, "--out", rev1.toString(), "--revision", "1"));
        assertTrue(io.turnaround.export.SummaryFixture.text(Files.readAllBytes(rev1)).contains("Revision 1"));
        Path eml = dir.resolve("summary.eml");
        assertEquals(0, run(dir, "email-draft", id, "--out", eml.toString()));
        assertTrue(Files.readString(eml, StandardCharsets.UTF_8).contains("X-Unsent: 1"));
        if (Files.getFileAttributeView(pdf, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            for (Path export : List.of(pdf, rev1, eml)) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(export)),
                        export + " is private");
            }
        }

        assertEquals(Cli.FAILED, run(dir, "export-pdf", id, "--out", dir.resolve("x.pdf").toString(), "--revision", "9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no revision 9"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE, run(dir, "export-pdf", id));
        assertEquals(Cli.USAGE, run(dir, "email-draft", "--out", eml.toString()));
        assertEquals(Cli.FAILED, run(dir, "export-pdf", "999", "--out", pdf.toString()));
    }

    @Test
    void generateDemoIsTheSameForTheSameSeedAndSearchFindsItsCases() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run(a, "generate-demo", "40", "--seed", "5"));
        assertEquals(0, run(b, "generate-demo", "40", "--seed", "5"));
        run(a, "list");
        String listA = out();
        run(b, "list");
        assertEquals(listA, out());
        assertEquals(40, listA.lines().count());
        for (String id : List.of("1", "17", "40")) {
            run(a, "export-json", id);
            String caseA = out();
            run(b, "export-json", id);
            assertEquals(caseA, out(), "case " + id + " is the same for the same seed");
        }
        assertTrue(listA.lines().anyMatch(l -> !l.matches("[\\x00-\\x7F]*")), "some names are not in Latin script");
        assertEquals(0, run(a, "generate-demo", "3", "--seed", "6"));
        run(a, "list");
        assertEquals(43, out().lines().count());

        assertEquals(0, run(a, "search", "refund", "--limit", "5"));
        List<String> hits = out().lines().toList();
        assertEquals(5, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.split("\t").length == 4 && h.toLowerCase().contains("[refund]")), hits.toString());
        assertEquals(Cli.USAGE, run(a, "search"));
        assertEquals(Cli.USAGE, run(a, "generate-demo"));
    }
}
