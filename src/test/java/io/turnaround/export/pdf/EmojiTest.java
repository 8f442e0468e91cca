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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emoji are drawn with the bundled monochrome emoji font, sequences as one glyph, and extract as typed. */
class EmojiTest {
    /** A single emoji, a family joined with U+200D, a flag, and an emoji with a variation selector. */
    static final List<String> NAMES = List.of("Laundry 🧺", "The Lindqvists 👨‍👩‍👧", "Sweden 🇸🇪", "Photos 📷\uFE0F");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    private byte[] pdf() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        List<Party> parties = new ArrayList<>(c.parties());
        for (int i = 0; i < NAMES.size(); i++) {
            parties.add(new Party("p-emoji-" + i, NAMES.get(i), "", "", "", "", Side.CUSTOMER, true));
        }
        return exporter.pdf(c.withParties(parties), null, "", null, null, SummaryFixture.NOW).bytes();
    }

    @Test
    void emojiAndTheirSequencesExtractAsTypedAndNothingIsAReplacementCharacter() throws Exception {
        byte[] pdf = pdf();
        String text = SummaryFixture.text(pdf);
        for (String expected : List.of("Laundry 🧺", "The Lindqvists 👨‍👩‍👧", "Sweden 🇸🇪", "Photos 📷")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("\uFFFD"), "no replacement character");
        assertEquals(List.of(), PdfA.failedRules(pdf), "still PDF/A-2u");
    }

    @Test
    void aSequenceIsOneGlyphOfTheEmojiFont() throws Exception {
        PdfFonts fonts = PdfFonts.loadBundled();
        assertTrue(fonts.sequence("👨‍👩‍👧", false) >= PdfFonts.SEQUENCE_BASE, "the family");
        assertTrue(fonts.sequence("🇸🇪", false) >= PdfFonts.SEQUENCE_BASE, "the flag");
        assertTrue(fonts.sequence("🇸🇪", true) >= PdfFonts.SEQUENCE_BASE, "the flag, bold");
        assertEquals(-1, fonts.sequence("ab", false), "letters are no sequence");
    }

    @Test
    void popplerExtractsThemToo(@TempDir Path dir) throws Exception {
        // pdftotext (poppler-utils) is what most desktop viewers and indexers use; .ci/run installs it.
        assumeTrue(ArabicTextTest.onPath("pdftotext"), "pdftotext is not installed (apt-get install poppler-utils)");
        Path file = dir.resolve("emoji.pdf");
        Files.write(file, pdf());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        for (String expected : List.of("🧺", "👨‍👩‍👧", "🇸🇪", "📷")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
    }
}
