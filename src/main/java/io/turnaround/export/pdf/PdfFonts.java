package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * A font of the chain, parsed the first time a character gets as far as asking it. Latin text never parses the
     * CJK font (a tenth of a second, and some 10 MB of memory kept for as long as the app runs).
     */
    private static final class Slot {
        private final String name;
        private Face face;

        Slot(String name) {
            this.name = name;
        }

        synchronized void release() {
            face = null;
        }

        synchronized boolean parsed() {
            return face != null;
        }

        synchronized Face face() {
            if (face == null) {
                face = parse(name);
            }
            return face;
        }
    }

    private final List<Slot> regular;
    private final List<Slot> bold;
    private final Map<Integer, Integer> regularIndex = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> boldIndex = new ConcurrentHashMap<>();

    private PdfFonts(List<Slot> regular, List<Slot> bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * The bundled fonts. The first of each chain (Latin, Greek, Cyrillic) is parsed now, the others when a character
     * needs them: call it off the UI thread.
     */
    public static PdfFonts loadBundled() {
        // The CJK font is in both chains: one slot, parsed once.
        Map<String, Slot> byName = new ConcurrentHashMap<>();
        List<Slot> regular = REGULAR.stream().map(name -> byName.computeIfAbsent(name, Slot::new)).toList();
        List<Slot> bold = BOLD.stream().map(name -> byName.computeIfAbsent(name, Slot::new)).toList();
        regular.get(0).face();
        bold.get(0).face();
        return new PdfFonts(regular, bold);
    }

    /**
     * Lets go of every font but the first of each chain (some 15 MB with the CJK font); they are parsed again, in
     * a few milliseconds, when a character needs them. Exports under way keep what they hold.
     */
    public void releaseFallbacks() {
        java.util.stream.Stream.concat(regular.stream().skip(1), bold.stream().skip(1)).forEach(Slot::release);
    }

    /** How many distinct fonts have been parsed so far. */
    int parsedFonts() {
        return (int) java.util.stream.Stream.concat(regular.stream(), bold.stream()).distinct().filter(Slot::parsed).count();
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
        List<Slot> chain = boldWeight ? bold : regular;
        int i = indexOf(codePoint, boldWeight);
        return chain.get(i >= 0 ? i : indexOf(REPLACEMENT, boldWeight)).face();
    }

    boolean covers(int codePoint, boolean boldWeight) {
        return indexOf(codePoint, boldWeight) >= 0;
    }

    /** Where in the chain the character's font is, or -1 when no font has it; remembered per character. */
    private int indexOf(int codePoint, boolean boldWeight) {
        List<Slot> chain = boldWeight ? bold : regular;
        return (boldWeight ? boldIndex : regularIndex).computeIfAbsent(codePoint, cp -> firstWith(chain, cp));
    }

    private static int firstWith(List<Slot> chain, int codePoint) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).face().has(codePoint)) {
                return i;
            }
        }
        return -1;
    }
}
