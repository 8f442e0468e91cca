package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Where text lands on the page: hanging indents under list markers, right-to-left names in a left-to-right table. */
class LayoutTest {
    private final SummaryExporter exporter = SummaryFixture.exporter();

    /** Every glyph drawn on page 1 with its position. */
    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    all.add(text);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(d);
        }
        return all;
    }

    /** The first glyph of the first place where the glyphs spell this word. */
    private static TextPosition word(List<TextPosition> glyphs, String word) {
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int j = i; j < glyphs.size() && b.length() < word.length(); j++) {
                b.append(glyphs.get(j).getUnicode());
            }
            if (b.toString().startsWith(word)) {
                return glyphs.get(i);
            }
        }
        throw new AssertionError(word + " is not on the page");
    }

    @Test
    void aWrappedListItemLinesUpUnderItsTextNotUnderItsMarker() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        String longProblem = "Qualm " + "the print peels off after three washes and nobody told us why ".repeat(3) + "Zenith";
        c = c.withAsk(c.ask().withProblems(List.of(new CustomerProblem("pr1", longProblem))));
        List<TextPosition> glyphs = glyphs(exporter.pdf(c, null, "", null, null, SummaryFixture.NOW).bytes());
        TextPosition start = word(glyphs, "Qualm");
        TextPosition marker = glyphs.get(glyphs.indexOf(start) - 2); // "1." drawn just before the text
        TextPosition lastWord = word(glyphs, "Zenith");
        assertTrue(lastWord.getY() > start.getY() + 5, "the item wraps onto a further line");
        assertTrue(start.getX() > marker.getX() + 5, "the text starts after the marker");
        // "Zenith" begins its own line only if it wrapped there; every wrapped line starts at the text's edge.
        float lineStart = glyphs.stream().filter(g -> Math.abs(g.getY() - lastWord.getY()) < 1).map(TextPosition::getX)
                .min(Float::compare).orElseThrow();
        assertEquals(start.getX(), lineStart, 0.5, "a hanging indent");
    }

    @Test
    void aRightToLeftNameStartsAtItsCellsLeftEdgeLikeTheOthers() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        List<Party> parties = new ArrayList<>(c.parties());
        parties.add(new Party("p-ar", "محمد", "شركة", "مدير", "", "", Side.CUSTOMER, true));
        List<TextPosition> glyphs = glyphs(exporter.pdf(c.withParties(parties), null, "", null, null, SummaryFixture.NOW).bytes());
        float nameColumn = word(glyphs, "Zoë Å").getX(); // the first name in the column
        float arabicStart = glyphs.stream().filter(g -> g.getUnicode().codePoints().anyMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) && g.getX() < nameColumn + 100)
                .map(TextPosition::getX).min(Float::compare).orElseThrow();
        assertEquals(nameColumn, arabicStart, 1.0, "left-aligned in its cell, not against the next column");
    }
}
