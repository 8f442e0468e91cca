package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fallback fonts are parsed only when a character needs them: Latin text never pays for the CJK font. */
class PdfFontsTest {

    @Test
    void latinTextParsesOnlyTheFirstFontOfEachWeight() {
        PdfFonts fonts = PdfFonts.loadBundled();
        assertEquals(2, fonts.parsedFonts());
        "Zoë Ångström, Δημήτρης, Дмитрий — 12 € (“quoted”)".codePoints().forEach(cp -> {
            fonts.faceFor(cp, false);
            fonts.faceFor(cp, true);
        });
        assertEquals(2, fonts.parsedFonts(), "Latin, Greek and Cyrillic are all in Noto Sans");
    }

    @Test
    void aCjkCharacterParsesTheFallbackChainOnceForBothWeights() {
        PdfFonts fonts = PdfFonts.loadBundled();
        PdfFonts.Face regular = fonts.faceFor('王', false);
        int afterRegular = fonts.parsedFonts();
        PdfFonts.Face bold = fonts.faceFor('王', true);
        assertTrue(regular.has('王'));
        assertSame(regular, bold, "the CJK font is shared by both chains, parsed once");
        assertNotSame(fonts.faceFor('A', false), regular);
        // Regular chain: Noto, Arabic, Hebrew, DejaVu, CJK; the bold chain adds its own Arabic, Hebrew and DejaVu.
        assertEquals(6, afterRegular);
        assertEquals(9, fonts.parsedFonts());
    }

    @Test
    void aCharacterNoFontHasIsDrawnAsTheReplacementCharacter() {
        PdfFonts fonts = PdfFonts.loadBundled();
        int unassigned = 0x10FFFD; // a private-use plane character no bundled font draws
        assertFalse(fonts.covers(unassigned, false));
        assertTrue(fonts.faceFor(unassigned, false).has(PdfFonts.REPLACEMENT));
    }

    @Test
    void releasedFallbacksAreParsedAgainWhenACharacterNeedsThem() {
        PdfFonts fonts = PdfFonts.loadBundled();
        fonts.faceFor('王', false);
        fonts.releaseFallbacks();
        assertEquals(2, fonts.parsedFonts(), "only the first font of each weight is kept");
        PdfFonts.Face again = fonts.faceFor('王', false);
        assertTrue(again.has('王'));
        assertEquals(3, fonts.parsedFonts(), "the remembered position in the chain leads straight to the CJK font");
    }
}
