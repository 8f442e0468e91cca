package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arabic is drawn joined, yet copy, search and screen readers get the letters typed, not presentation-form look-alikes. */
class ArabicTextTest {
    /** Initial, medial, final and isolated forms, and the lam-alef ligature ("السلام", "لا"). */
    static final List<String> WORDS = List.of("محمد الأحمد", "السلام عليكم", "لا شكرا");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    private byte[] pdf() throws IOException {
        CaseFile c = TestCases.fullyPopulated();
        List<Party> parties = new ArrayList<>(c.parties());
        for (int i = 0; i < WORDS.size(); i++) {
            parties.add(new Party("p-ar-" + i, WORDS.get(i), "شركة النور", "مدير", "", "", Side.CUSTOMER, true));
        }
        return exporter.pdf(c.withParties(parties), null, "", null, null, SummaryFixture.NOW).bytes();
    }

    @Test
    void pdfboxExtractsTheLettersTyped() throws Exception {
        byte[] pdf = pdf();
        String text = SummaryFixture.text(pdf);
        for (String word : WORDS) {
            assertTrue(text.contains(word), word + " in: " + text);
        }
        assertFalse(text.codePoints().anyMatch(LogicalUnicode::isPresentationForm), "no presentation forms in the text");
        assertEquals(List.of(), PdfA.failedRules(pdf), "still PDF/A-2u");
    }

    @Test
    void popplersPdftotextExtractsTheLettersTyped(@TempDir Path dir) throws Exception {
        // pdftotext (poppler-utils) is what most desktop viewers and indexers use; .ci/run installs it.
        assumeTrue(onPath("pdftotext"), "pdftotext is not installed (apt-get install poppler-utils)");
        Path file = dir.resolve("arabic.pdf");
        Files.write(file, pdf());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        for (String word : WORDS) {
            assertTrue(text.contains(word), word + " in: " + text);
        }
        assertFalse(text.codePoints().anyMatch(LogicalUnicode::isPresentationForm), "no presentation forms in the text");
    }

    @Test
    void aLigatureMapsToItsLamAndItsAlefIsWrittenBesideIt() {
        assertEquals("ل", LogicalUnicode.logical("\uFEFB"));
        assertEquals("ا", LogicalUnicode.ligatureAlef('\uFEFB'));
        assertEquals("أ", LogicalUnicode.ligatureAlef('\uFEF7'));
        assertEquals("م", LogicalUnicode.logical("\uFEE3"), "an initial form is its letter");
        assertEquals("A", LogicalUnicode.logical("A"));
    }

    /** Whether a command is installed; the checks with poppler's pdftotext run where it is (CI installs it). */
    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
