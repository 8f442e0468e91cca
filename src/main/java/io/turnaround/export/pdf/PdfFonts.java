package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts shipped in {@code assets/fonts}, parsed once and shared by every export. A character is drawn
 * with the first font of the chain that has a glyph for it; a character no font has becomes U+FFFD, so a PDF/A
 * never shows the forbidden .notdef glyph. System fonts are never consulted.
 */
public final class PdfFonts {
    /** Latin, Greek, Cyrillic first; then Arabic, Hebrew, symbols and presentation forms, then CJK. */
    private static final List<String> REGULAR = List.of("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf",
            "NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf", "DroidSansFallbackFull.ttf");
    private static final List<String> BOLD = List.of("NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf",
            "NotoSansHebrew-Bold.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf");
    static final int REPLACEMENT = 0xFFFD;

    /** One parsed font with what layout asks of it many times per page. */
    static final class Face {
        final TrueTypeFont font;
        final CmapLookup cmap;
        final float scale;

        Face(TrueTypeFont font) throws IOException {
            this.font = font;
            // Shaping is ours (ScriptText, with ICU): PDFBox's own glyph substitution would only add ligatures,
            // which make extracted text harder to search, at a high cost per line drawn.
            font.setEnableGsub(false);
            this.cmap = font.getUnicodeCmapLookup(false);
            this.scale = 1000f / font.getUnitsPerEm();
            font.getHorizontalMetrics(); // parsed now, not lazily on a later thread
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width in thousandths of the font size. */
        float advance(int codePoint) throws IOException {
            return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) * scale;
        }
    }

    private final List<Face> regular;
    private final List<Face> bold;
    private final Map<Integer, Integer> regularIndex = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> boldIndex = new ConcurrentHashMap<>();

    private PdfFonts(List<Face> regular, List<Face> bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Parses the bundled fonts (about a fifth of a second): call it off the UI thread, once. */
    public static PdfFonts loadBundled() {
        // The CJK font is in both chains: parse it once.
        Map<String, Face> byName = new ConcurrentHashMap<>();
        List<Face> regular = new ArrayList<>();
        List<Face> bold = new ArrayList<>();
        REGULAR.forEach(name -> regular.add(byName.computeIfAbsent(name, PdfFonts::parse)));
        BOLD.forEach(name -> bold.add(byName.computeIfAbsent(name, PdfFonts::parse)));
        return new PdfFonts(List.copyOf(regular), List.copyOf(bold));
    }

    private static Face parse(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/io/turnaround/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return new Face(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        } catch (IOException e) {
            throw new IllegalStateException("The font " + name + " could not be read", e);
        }
    }

    /** The face that draws this character, or the one that draws U+FFFD when none has it. */
    Face faceFor(int codePoint, boolean boldWeight) {
        List<Face> chain = boldWeight ? bold : regular;
        Map<Integer, Integer> index = boldWeight ? boldIndex : regularIndex;
        int i = index.computeIfAbsent(codePoint, cp -> firstWith(chain, cp));
        return i >= 0 ? chain.get(i) : chain.get(firstWith(chain, REPLACEMENT));
    }

    boolean covers(int codePoint, boolean boldWeight) {
        List<Face> chain = boldWeight ? bold : regular;
        Map<Integer, Integer> index = boldWeight ? boldIndex : regularIndex;
        return index.computeIfAbsent(codePoint, cp -> firstWith(chain, cp)) >= 0;
    }

    private static int firstWith(List<Face> chain, int codePoint) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).has(codePoint)) {
                return i;
            }
        }
        return -1;
    }
}
