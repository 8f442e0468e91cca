package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Where {@link PageFlow} draws: one page's content stream at a time. A line of text is put in drawing order (bidi,
 * emoji sequences), cut into runs of one font each, and marked as content of its structure element, or as an artifact;
 * rules are artifacts. It remembers what the document's text maps will need mending ({@link LogicalUnicode}).
 */
final class PageCanvas {
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Tags tags;
    private PDPage page;
    private PDPageContentStream out;
    private boolean presentationForms;

    PageCanvas(PDDocument document, DocumentFonts fonts, Tags tags) {
        this.document = document;
        this.fonts = fonts;
        this.tags = tags;
    }

    /** Draws on a new page from now on. */
    void begin(PDPage next) {
        close();
        page = next;
        try {
            out = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws over a page already filled (the footer), appending to its content. */
    void append(PDPage existing) {
        close();
        page = existing;
        try {
            out = new PDPageContentStream(document, existing, PDPageContentStream.AppendMode.APPEND, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    PDPage page() {
        return page;
    }

    /** The current page's stream, for what is neither text nor a rule (the logo). */
    PDPageContentStream stream() {
        return out;
    }

    float width(String visual, PageFlow.Style style) {
        return fonts.width(visual, style.size(), style.bold());
    }

    /**
     * Draws one logical line in visual order, as part of {@code element} (an artifact when null); {@code alignRight}
     * puts it against the right edge of its box.
     */
    void drawLine(String logicalLine, float x, float width, float lineBottom, PageFlow.Style style, boolean rtl, boolean alignRight,
                          PDStructureElement element) {
        String visual = visual(logicalLine, rtl, style);
        float start = alignRight ? x + width - fonts.width(visual, style.size(), style.bold()) : x;
        Runnable draw = () -> drawRuns(visual, start, baseline(lineBottom, style), style);
        if (element == null) {
            artifact(draw);
        } else {
            marked(element, draw);
        }
    }

    /** Draws as marked content of the element: what a screen reader reads as that heading, cell or paragraph. */
    void marked(PDStructureElement element, Runnable draw) {
        try {
            tags.open(out, page, element);
            draw.run();
            tags.close(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the page's running footer: an artifact of the pagination kind. */
    void pagination(Runnable draw) {
        try {
            Tags.openArtifact(out, "Pagination");
            draw.run();
            out.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void artifact(Runnable draw) {
        try {
            Tags.openArtifact(out, null);
            draw.run();
            out.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A logical line in drawing order, with emoji sequences as the glyphs that draw them. */
    String visual(String logical, boolean rtl, PageFlow.Style style) {
        return ScriptText.visual(fonts.sequences(logical, style.bold()), rtl);
    }

    /** The text of each emoji sequence drawn as one glyph, by the character that drew it. */
    java.util.Map<Integer, String> drawnSequences() {
        return fonts.drawnSequences();
    }

    static float baseline(float lineBottom, PageFlow.Style style) {
        return lineBottom + (style.leading() - style.size()) * 0.5f + style.size() * 0.22f;
    }

    /** Whether joined Arabic glyphs were drawn, whose text mapping {@link LogicalUnicode} then mends. */
    boolean drewPresentationForms() {
        return presentationForms;
    }

    void drawRuns(String visual, float x, float baseline, PageFlow.Style style) {
        presentationForms |= visual.codePoints().anyMatch(LogicalUnicode::isPresentationForm);
        try {
            out.setNonStrokingColor(style.grey(), style.grey(), style.grey());
            float at = x;
            for (DocumentFonts.Run run : fonts.runs(visual, style.size(), style.bold())) {
                String text = run.text();
                int from = 0;
                for (int i = 0; i < text.length(); i++) {
                    String alef = LogicalUnicode.ligatureAlef(text.charAt(i));
                    if (alef != null) {
                        // A lam-alef ligature is one glyph for two letters. Its text mapping says lam; the alef is
                        // written just left of it as invisible text, so that extractors read both letters in order.
                        String before = text.substring(from, i);
                        show(run.font(), before, at, baseline, style, false);
                        at += fonts.width(before, style.size(), style.bold());
                        show(run.font(), alef, at - 0.01f, baseline, style, true);
                        from = i;
                    }
                }
                String rest = text.substring(from);
                show(run.font(), rest, at, baseline, style, false);
                at += fonts.width(rest, style.size(), style.bold());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDType0Font font, String text, float x, float baseline, PageFlow.Style style, boolean invisible) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, style.size());
        if (invisible) {
            out.setRenderingMode(RenderingMode.NEITHER);
        }
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        if (invisible) {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.endText();
    }

    /** A rule: decoration, marked as an artifact. */
    void stroke(float x1, float y1, float x2, float y2, float lineWidth, float[] rgb) {
        artifact(() -> {
            try {
                out.setStrokingColor(rgb[0], rgb[1], rgb[2]);
                out.setLineWidth(lineWidth);
                out.moveTo(x1, y1);
                out.lineTo(x2, y2);
                out.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
