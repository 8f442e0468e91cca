package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts shipped in {@code assets/fonts}, parsed once and shared by every export. A character is drawn
 * with the first font of the chain that has a glyph for it; a character no font has becomes U+FFFD, so a PDF/A
 * never shows the forbidden .notdef glyph. System fonts are never consulted.
 */
public final class PdfFonts {
    /** Latin, Greek, Cyrillic first; then Arabic, Hebrew, symbols and presentation forms, emoji, then CJK. */
    private static final List<String> REGULAR = List.of("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf",
            "NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf", "NotoEmoji-Regular-Turnaround.ttf", "DroidSansFallbackFull.ttf");
    private static final List<String> BOLD = List.of("NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf",
            "NotoSansHebrew-Bold.ttf", "DejaVuSans-Bold.ttf", "NotoEmoji-Bold-Turnaround.ttf", "DroidSansFallbackFull.ttf");
    /** Where the emoji font's sequence glyphs are reachable (assets/fonts/make-emoji-font.py): U+F0000 + glyph id. */
    static final int SEQUENCE_BASE = 0xF0000;
    private static final int EMOJI = 4;
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

        /**
         * The character that draws this sequence of characters as one glyph (a family joined with U+200D, a flag),
         * from the font's 'ccmp' ligatures; -1 when the font has no such glyph. Variation selectors are left out.
         */
        int sequence(String cluster) {
            ScriptFeature feature = ccmp();
            if (feature == null) {
                return -1;
            }
            java.util.List<Integer> glyphs = new java.util.ArrayList<>();
            for (int cp : cluster.codePoints().filter(cp -> cp != 0xFE0F && cp != 0xFE0E).toArray()) {
                int gid = cmap.getGlyphId(cp);
                if (gid <= 0) {
                    return -1;
                }
                glyphs.add(gid);
            }
            if (!feature.canReplaceGlyphs(glyphs)) {
                // A monochrome font has no skin tones: the sequence without them (👩🏽‍🚒 as 👩‍🚒).
                glyphs.removeIf(gid -> java.util.stream.IntStream.rangeClosed(0x1F3FB, 0x1F3FF).anyMatch(tone -> cmap.getGlyphId(tone) == gid));
            }
            if (glyphs.size() < 2 || !feature.canReplaceGlyphs(glyphs)) {
                return -1;
            }
            int ligature = SEQUENCE_BASE + feature.getReplacementForGlyphs(glyphs);
            return has(ligature) ? ligature : -1;
        }

        private ScriptFeature ccmp;
        private boolean ccmpRead;

        private synchronized ScriptFeature ccmp() {
            if (!ccmpRead) {
                ccmpRead = true;
                try {
                    var gsub = font.getGsub();
                    if (gsub != null && gsub.getSupportedScriptTags().contains("DFLT")) {
                        var data = gsub.getGsubData("DFLT");
                        ccmp = data.isFeatureSupported("ccmp") ? data.getFeature("ccmp") : null;
                    }
                } catch (IOException | RuntimeException e) {
                    ccmp = null; // without its ligatures a sequence is drawn as its parts
                }
            }
            return ccmp;
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

    /** The character that draws this emoji sequence as one glyph, or -1 when the emoji font has none. */
    int sequence(String cluster, boolean boldWeight) {
        return (boldWeight ? bold : regular).get(EMOJI).face().sequence(cluster);
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

    /** The blocks the emoji font draws: symbols, pictographs, keycap bases, tags and its sequence characters. */
    private static boolean mayBeEmoji(int cp) {
        return cp == '#' || cp == '*' || (cp >= '0' && cp <= '9') || cp == 0xA9 || cp == 0xAE || (cp >= 0x2000 && cp <= 0x2BFF)
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299 || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0xE0020 && cp <= 0xE007F) || cp >= SEQUENCE_BASE;
    }

    /** Where in the chain the character's font is, or -1 when no font has it; remembered per character. */
    private int indexOf(int codePoint, boolean boldWeight) {
        List<Slot> chain = boldWeight ? bold : regular;
        return (boldWeight ? boldIndex : regularIndex).computeIfAbsent(codePoint, cp -> firstWith(chain, cp));
    }

    private static int firstWith(List<Slot> chain, int codePoint) {
        for (int i = 0; i < chain.size(); i++) {
            if (i == EMOJI && !mayBeEmoji(codePoint)) {
                continue; // Chinese or Korean text need not parse the emoji font on its way to the CJK one
            }
            if (chain.get(i).face().has(codePoint)) {
                return i;
            }
        }
        return -1;
    }
}
