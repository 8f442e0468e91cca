package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts of one document: each bundled font is added (as a subset) only when a character first needs it. */
final class DocumentFonts {
    /** A stretch of a line drawn with one font. */
    record Run(PDType0Font font, String text, float width) {
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Map<PdfFonts.Face, PDType0Font> loaded = new IdentityHashMap<>();
    /** The sequences drawn as one glyph in this document, by the private-use character that draws them. */
    private final Map<Integer, String> sequences = new HashMap<>();

    DocumentFonts(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Width of the text in points at the given size, as {@link #runs} draws it. */
    float width(String text, float size, boolean bold) {
        String drawn = sequences(text, bold);
        float total = 0;
        for (int i = 0; i < drawn.length(); ) {
            int cp = drawn.codePointAt(i);
            i += Character.charCount(cp);
            if (!ScriptText.invisible(cp)) {
                total += advance(drawable(cp, bold), bold);
            }
        }
        return total * size / 1000f;
    }

    /**
     * The text with each emoji sequence the emoji font draws as one glyph (👨‍👩‍👧, 🇸🇪, 1️⃣) replaced by the character
     * that reaches that glyph; what is not such a sequence is left as it is. Text without joiners, flags, keycaps or
     * skin tones comes back at once.
     */
    String sequences(String text, boolean bold) {
        if (text.codePoints().noneMatch(DocumentFonts::mayJoin)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = text.substring(start, end);
            int glyph = cluster.codePointCount(0, cluster.length()) > 1 && cluster.codePoints().anyMatch(DocumentFonts::mayJoin)
                    ? fonts.sequence(cluster, bold) : -1;
            if (glyph < 0) {
                out.append(cluster);
            } else {
                sequences.putIfAbsent(glyph, cluster.replace("\uFE0F", "").replace("\uFE0E", ""));
                out.appendCodePoint(glyph);
            }
        }
        return out.toString();
    }

    /** What the text of each sequence glyph drawn is, for the document's ToUnicode maps. */
    Map<Integer, String> drawnSequences() {
        return sequences;
    }

    private static boolean mayJoin(int cp) {
        return cp == 0x200D || cp == 0x20E3 || (cp >= 0x1F1E6 && cp <= 0x1F1FF) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** The line cut into runs of one font each; characters no font has are drawn as U+FFFD. */
    List<Run> runs(String visualLine, float size, boolean bold) {
        List<Run> runs = new ArrayList<>();
        PdfFonts.Face current = null;
        StringBuilder text = new StringBuilder();
        float width = 0;
        for (int i = 0; i < visualLine.length(); ) {
            int raw = visualLine.codePointAt(i);
            i += Character.charCount(raw);
            if (ScriptText.invisible(raw)) {
                continue;
            }
            int cp = drawable(raw, bold);
            PdfFonts.Face face = fonts.faceFor(cp, bold);
            if (face != current && text.length() > 0) {
                runs.add(new Run(pdFont(current), text.toString(), width * size / 1000f));
                text.setLength(0);
                width = 0;
            }
            current = face;
            text.appendCodePoint(cp);
            width += advance(cp, bold);
        }
        if (text.length() > 0) {
            runs.add(new Run(pdFont(current), text.toString(), width * size / 1000f));
        }
        return runs;
    }

    private int drawable(int codePoint, boolean bold) {
        return fonts.covers(codePoint, bold) ? codePoint : PdfFonts.REPLACEMENT;
    }

    private float advance(int codePoint, boolean bold) {
        try {
            return fonts.faceFor(codePoint, bold).advance(codePoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font pdFont(PdfFonts.Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                // Subset embedding: only the glyphs used travel with the PDF, as PDF/A requires them all embedded.
                return PDType0Font.load(document, f.font, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
