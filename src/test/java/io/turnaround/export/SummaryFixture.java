package io.turnaround.export;

import io.turnaround.export.pdf.PdfFonts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** One parse of the bundled fonts for all summary tests, and readers for what a PDF says. */
public final class SummaryFixture {
    public static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    private static final CompletableFuture<PdfFonts> FONTS = CompletableFuture.supplyAsync(PdfFonts::loadBundled);

    private SummaryFixture() {
    }

    public static SummaryExporter exporter() {
        return new SummaryExporter(() -> FONTS, Locale.UK, ZoneId.of("Europe/Berlin"));
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The Info dictionary, the XMP packet and the bookmark titles: everything a reader sees besides the pages. */
    public static String metadata(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            StringBuilder b = new StringBuilder();
            PDDocumentInformation info = d.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                b.append(key).append('=').append(info.getPropertyStringValue(key)).append('\n');
            }
            PDMetadata xmp = d.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                b.append(new String(xmp.toByteArray(), StandardCharsets.UTF_8)).append('\n');
            }
            b.append(String.join("\n", bookmarks(d)));
            return b.toString();
        }
    }

    public static java.util.List<String> bookmarks(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return bookmarks(d);
        }
    }

    private static java.util.List<String> bookmarks(PDDocument d) {
        java.util.List<String> titles = new java.util.ArrayList<>();
        var outline = d.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(new ByteArrayInputStream(pdf).readAllBytes())) {
            return d.getNumberOfPages();
        }
    }
}
