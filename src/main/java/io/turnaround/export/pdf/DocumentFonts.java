package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    DocumentFonts(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    /** Width of the text in points at the given size. */
    float width(String text, float size, boolean bold) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total += advance(drawable(cp, bold), bold);
        }
        return total * size / 1000f;
    }

    /** The line cut into runs of one font each; characters no font has are drawn as U+FFFD. */
    List<Run> runs(String visualLine, float size, boolean bold) {
        List<Run> runs = new ArrayList<>();
        PdfFonts.Face current = null;
        StringBuilder text = new StringBuilder();
        float width = 0;
        for (int i = 0; i < visualLine.length(); ) {
            int cp = drawable(visualLine.codePointAt(i), bold);
            i += Character.charCount(visualLine.codePointAt(i));
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
