package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Flows text down A4 pages: paragraphs, headings that are bookmarks, tables whose header repeats on each page,
 * and a footer with "page x of y". Text is drawn in reading order (cell by cell, line by line), so text
 * extraction and search return it as a person would read it.
 */
final class PageFlow {
    /** Size, weight and grey level (0 black … 1 white) of a piece of text. */
    record Style(float size, boolean bold, float grey) {
        float leading() {
            return size * 1.4f;
        }
    }

    static final Style BODY = new Style(10.5f, false, 0.1f);
    static final Style STRONG = new Style(10.5f, true, 0.1f);
    static final Style SMALL = new Style(8.5f, false, 0.4f);
    static final Style HEADING = new Style(14f, true, 0.05f);
    static final Style TITLE = new Style(19f, true, 0.05f);

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 58f;
    private static final float BOTTOM = 70f;
    private static final float CELL_PAD = 4f;
    private static final float[] ACCENT = {0.12f, 0.33f, 0.55f};

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final Tags tags;
    /** The document's direction: in a right-to-left language, text starts at the right and tables read from the right. */
    private final boolean rtl;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final PageCanvas canvas;
    private float y;

    PageFlow(PDDocument document, DocumentFonts fonts, boolean rightToLeft) {
        this.rtl = rightToLeft;
        this.document = document;
        this.fonts = fonts;
        this.tags = new Tags(document);
        this.canvas = new PageCanvas(document, fonts, tags);
        document.getDocumentCatalog().setDocumentOutline(outline);
        newPage();
    }

    float contentWidth() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    /** A section title, also a bookmark; kept on the page with at least the first lines that follow it. */
    void heading(String text) {
        gap(10);
        ensure(HEADING.leading() + 6 * BODY.leading()); // a heading never ends a page alone
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(ScriptText.clean(text));
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(canvas.page());
        destination.setTop((int) y);
        item.setDestination(destination);
        outline.addLast(item);
        paragraph("H2", text, HEADING, 0);
        canvas.stroke(MARGIN, y + 3, MARGIN + contentWidth(), y + 3, 0.6f, ACCENT);
        gap(6);
    }

    /** A paragraph of text; in the title's style it is the document's first-level heading. */
    void paragraph(String text, Style style, float indent) {
        paragraph(style == TITLE ? "H1" : "P", text, style, indent);
    }

    /** A label over what follows ("Where the breakdown happened"): a third-level heading. */
    void subheading(String text) {
        paragraph("H3", text, STRONG, 0);
    }

    private void paragraph(String tag, String text, Style style, float indent) {
        PDStructureElement element = textElement(tag, text);
        float width = contentWidth() - indent;
        for (String p : ScriptText.paragraphs(text)) {
            String shaped = ScriptText.shape(p);
            boolean rightToLeft = rtl || ScriptText.isRightToLeft(shaped);
            for (String line : lines(shaped, width, style)) {
                ensure(style.leading());
                y -= style.leading();
                canvas.drawLine(line, rtl ? MARGIN : MARGIN + indent, width, y, style, rightToLeft, rightToLeft, element);
            }
        }
    }

    /** A structure element for a text, with its language when it is written in another script (Arabic, Hebrew). */
    private PDStructureElement textElement(String tag, String text) {
        PDStructureElement element = tags.child(tag);
        ScriptText.language(text).ifPresent(element::setLanguage);
        return element;
    }

    /** Bullets between these two calls form one list. */
    void beginList() {
        tags.begin("L");
    }

    void endList() {
        tags.end();
    }

    /**
     * A list item: the marker ("•", "2.") at the indent, the text after it, and every wrapped line aligned with the
     * text rather than under the marker (a hanging indent).
     */
    void bullet(String marker, String text, Style style, float indent) {
        tags.begin("LI");
        PDStructureElement label = tags.child("Lbl");
        PDStructureElement body = textElement("LBody", text);
        tags.end();
        float markerWidth = Math.max(fonts.width(marker, style.size(), style.bold()) + style.size() * 0.6f, style.size() * 1.3f);
        float width = contentWidth() - indent - markerWidth;
        boolean first = true;
        for (String p : ScriptText.paragraphs(text)) {
            String shaped = ScriptText.shape(p);
            boolean rightToLeft = rtl || ScriptText.isRightToLeft(shaped);
            for (String line : lines(shaped, width, style)) {
                ensure(style.leading());
                y -= style.leading();
                if (first) {
                    // The marker stands where lines start: at the left, or at the right in a right-to-left document.
                    float markerX = rtl ? MARGIN + contentWidth() - indent - fonts.width(marker, style.size(), style.bold())
                            : MARGIN + indent;
                    canvas.marked(label, () -> canvas.drawRuns(marker, markerX, PageCanvas.baseline(y, style), style));
                    first = false;
                }
                canvas.drawLine(line, rtl ? MARGIN : MARGIN + indent + markerWidth, width, y, style, rightToLeft, rightToLeft, body);
            }
        }
    }

    /** A label in bold and its text beside it, as "Label: text" blocks on a letter. */
    void labelled(String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        subheading(label);
        paragraph(text, BODY, 0);
        gap(4);
    }

    void gap(float points) {
        y -= points;
    }

    void rule() {
        gap(4);
        ensure(6);
        canvas.stroke(MARGIN, y, MARGIN + contentWidth(), y, 0.4f, new float[] {0.75f, 0.75f, 0.75f});
        gap(8);
    }

    /** Draws an image at the top left of the current position, scaled to fit the box; a figure described by {@code alt}. */
    float image(PDImageXObject image, float maxWidth, float maxHeight, String alt) {
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        ensure(h);
        PDStructureElement figure = tags.child("Figure");
        figure.setAlternateDescription(alt);
        canvas.marked(figure, () -> {
            try {
                canvas.stream().drawImage(image, rtl ? MARGIN + contentWidth() - w : MARGIN, y - h, w, h);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return h;
    }

    /**
     * Text placed at a fixed spot of the current line box, against the margin opposite the one lines start from (the
     * letterhead's name: at the right, or at the left in a right-to-left document).
     */
    void rightAligned(String text, Style style, float topOffset) {
        String line = canvas.visual(ScriptText.shape(ScriptText.clean(text)), rtl, style);
        float w = fonts.width(line, style.size(), style.bold());
        float x = rtl ? MARGIN : Math.max(MARGIN, MARGIN + contentWidth() - w);
        canvas.marked(textElement("P", text), () -> canvas.drawRuns(line, x, y - topOffset, style));
    }

    /** A labelled line to write or sign on, with an optional printed value (the approver's name). */
    void signatureLine(String label, String value) {
        ensure(30);
        y -= 28;
        String labelLine = canvas.visual(ScriptText.shape(ScriptText.clean(label)), rtl, SMALL);
        float labelX = rtl ? MARGIN + contentWidth() - fonts.width(labelLine, SMALL.size(), false) : MARGIN;
        canvas.marked(textElement("P", label), () -> canvas.drawRuns(labelLine, labelX, y + 4, SMALL));
        if (!value.isBlank()) {
            String shaped = ScriptText.shape(ScriptText.clean(value));
            String valueLine = canvas.visual(shaped, rtl || ScriptText.isRightToLeft(shaped), BODY);
            float valueX = rtl ? MARGIN + contentWidth() - 92 - fonts.width(valueLine, BODY.size(), false) : MARGIN + 92;
            canvas.marked(textElement("P", value), () -> canvas.drawRuns(valueLine, valueX, y + 4, BODY));
        }
        float lineStart = rtl ? MARGIN + contentWidth() - 88 - 270 : MARGIN + 88;
        canvas.stroke(lineStart, y, lineStart + 270, y, 0.5f, new float[] {0.35f, 0.35f, 0.35f});
    }

    /**
     * A table: relative column widths, a header row repeated on every page it spans, rows that never
     * split unless a single row is taller than a page.
     */
    void table(float[] fractions, List<String> header, List<List<String>> rows) {
        float[] widths = new float[fractions.length];
        float sum = 0;
        for (float f : fractions) {
            sum += f;
        }
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = contentWidth() * fractions[i] / sum;
        }
        List<List<String>> headerLines = cellLines(header, widths, STRONG);
        ensure(height(headerLines, STRONG) + height(rows.isEmpty() ? headerLines : cellLines(rows.get(0), widths, BODY), BODY));
        tags.begin("Table");
        tags.begin("TR");
        List<PDStructureElement> headerCells = new ArrayList<>();
        for (String h : header) {
            headerCells.add(tags.columnHeader());
        }
        tags.end();
        drawRow(headerLines, widths, STRONG, headerCells);
        for (List<String> row : rows) {
            List<List<String>> lines = cellLines(row, widths, BODY);
            float h = height(lines, BODY);
            if (y - h < BOTTOM && h <= SIZE.getHeight() - MARGIN - BOTTOM - height(headerLines, STRONG)) {
                newPage();
                drawRow(headerLines, widths, STRONG, null); // the header repeated on a new page is decoration
            }
            tags.begin("TR");
            List<PDStructureElement> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(textElement("TD", c < row.size() && row.get(c) != null ? row.get(c) : ""));
            }
            tags.end();
            drawRow(lines, widths, BODY, cells);
        }
        tags.end();
        gap(6);
    }

    /** Writes "page x of y" and the reference on every page; call once, when all content is placed. */
    void finish(String footer, String pageFormat) {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            canvas.append(document.getPage(i));
            String reference = canvas.visual(ScriptText.shape(ScriptText.clean(footer)), rtl, SMALL);
            String pageOf = canvas.visual(ScriptText.shape(String.format(pageFormat, i + 1, count)), rtl, SMALL);
            String left = rtl ? pageOf : reference;
            String right = rtl ? reference : pageOf;
            canvas.pagination(() -> {
                canvas.drawRuns(left, MARGIN, 36, SMALL);
                canvas.drawRuns(right, MARGIN + contentWidth() - canvas.width(right, SMALL), 36, SMALL);
            });
            canvas.stroke(MARGIN, 50, MARGIN + contentWidth(), 50, 0.4f, new float[] {0.8f, 0.8f, 0.8f});
        }
        canvas.close();
    }

    /** Completes the structure tree: call after {@link #finish}. */
    void finishTags(String title) {
        tags.finish(title);
    }

    /** @param elements the cells' structure elements, or null when the row is decoration (a repeated header) */
    private void drawRow(List<List<String>> cells, float[] widths, Style style, List<PDStructureElement> elements) {
        int done = 0;
        int total = cells.stream().mapToInt(List::size).max().orElse(1);
        float leading = style.leading();
        while (done < total) {
            int fit = Math.max(1, (int) ((y - BOTTOM - 2 * CELL_PAD) / leading));
            int end = Math.min(total, done + fit);
            float top = y;
            float x = rtl ? MARGIN + contentWidth() : MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = cells.get(c);
                if (rtl) {
                    x -= widths[c]; // the first column is the rightmost
                }
                float lineBottom = top - CELL_PAD;
                for (int i = done; i < Math.min(end, lines.size()); i++) {
                    lineBottom -= leading;
                    String line = lines.get(i);
                    // Cells start where the table's reading starts: a right-to-left name in a left-to-right table starts at
                    // its cell's left edge like every other cell, instead of leaning against the next column.
                    canvas.drawLine(line, x + CELL_PAD, widths[c] - 2 * CELL_PAD, lineBottom, style, rtl || ScriptText.isRightToLeft(line), rtl,
                            elements == null ? null : elements.get(c));
                }
                if (!rtl) {
                    x += widths[c];
                }
            }
            y = top - CELL_PAD * 2 - (end - done) * leading;
            canvas.stroke(MARGIN, y, MARGIN + contentWidth(), y, style.bold() ? 0.8f : 0.3f,
                    style.bold() ? ACCENT : new float[] {0.82f, 0.82f, 0.82f});
            done = end;
            if (done < total) {
                newPage();
            }
        }
    }

    private List<List<String>> cellLines(List<String> cells, float[] widths, Style style) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            List<String> lines = new ArrayList<>();
            for (String p : ScriptText.paragraphs(text)) {
                lines.addAll(lines(ScriptText.shape(p), widths[c] - 2 * CELL_PAD, style));
            }
            out.add(lines);
        }
        return out;
    }

    private float height(List<List<String>> cells, Style style) {
        int max = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, max) * style.leading() + 2 * CELL_PAD;
    }

    private List<String> lines(String shaped, float width, Style style) {
        return new LineBreaker(s -> fonts.width(s, style.size(), style.bold())).lines(shaped, width);
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        canvas.begin(page);
        y = SIZE.getHeight() - MARGIN;
    }

    /** Whether joined Arabic glyphs were drawn, whose text mapping {@link LogicalUnicode} then mends. */
    boolean drewPresentationForms() {
        return canvas.drewPresentationForms();
    }

    /** The text of each emoji sequence drawn as one glyph, by the character that drew it. */
    java.util.Map<Integer, String> drawnSequences() {
        return canvas.drawnSequences();
    }
}
