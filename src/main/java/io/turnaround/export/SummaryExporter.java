package io.turnaround.export;

import io.turnaround.domain.CaseFile;
import io.turnaround.export.pdf.PdfFonts;
import io.turnaround.export.pdf.SummaryPdf;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one entry to customer documents, for the window and the command line alike: the covering text, the PDF
 * and the email draft of a case. The fonts arrive from a background load; exporting before they are ready waits.
 */
public final class SummaryExporter {
    /** A rendered summary and the file name it is offered under. */
    public record Pdf(CustomerSummary summary, byte[] bytes, String fileName) {
    }

    private final Supplier<CompletableFuture<PdfFonts>> fonts;
    private final SummaryText text;
    private final CustomerView view = new CustomerView();

    /** @param fonts asked for when an export needs them; may start their loading */
    public SummaryExporter(Supplier<CompletableFuture<PdfFonts>> fonts, Locale locale, ZoneId zone) {
        this.fonts = fonts;
        this.text = new SummaryText(locale, zone);
    }

    /**
     * Parses the fonts and renders two throw-away summaries, so the code of the first real export is already
     * compiled: called once in the background after startup.
     */
    public static PdfFonts loadFontsAndWarmUp(Locale locale) {
        PdfFonts fonts = PdfFonts.loadBundled();
        SummaryExporter warm = new SummaryExporter(() -> CompletableFuture.completedFuture(fonts), locale, ZoneId.systemDefault());
        CaseFile sample = CaseFile.start("T-0000-0000", "Zoë 王小明 Дмитрий محمد דוד", "Warm-up", Instant.EPOCH);
        try {
            for (int i = 0; i < 3; i++) {
                warm.pdf(sample, null, "Warm-up", null, null, Instant.EPOCH);
            }
        } catch (IOException | RuntimeException e) {
            // warming up is an optimisation: a real export reports its own errors
        }
        return fonts;
    }

    /** Completes when the fonts are loaded, starting their loading if need be: await it before exporting on a busy thread. */
    public CompletableFuture<Void> ready() {
        return fonts.get().thenApply(f -> null);
    }

    public SummaryText text() {
        return text;
    }

    public CoverLetter coverLetter() {
        return new CoverLetter(text, view);
    }

    /**
     * @param revision   a sent revision's number, or null for the case as it stands
     * @param coverText  the covering text as edited, or null for the generated draft
     * @param logo       the letterhead logo's bytes, or null for the default logo
     */
    public Pdf pdf(CaseFile c, Integer revision, String companyName, byte[] logo, String coverText, Instant now) throws IOException {
        String cover = coverText == null ? coverLetter().draft(c, companyName) : coverText;
        CustomerSummary summary = CustomerSummary.of(c, revision, companyName, now, cover, view);
        byte[] bytes = new SummaryPdf(fonts.get().join(), text, logo).render(summary);
        return new Pdf(summary, bytes, fileName(summary));
    }

    public EmailDraft.Result email(Pdf pdf) throws IOException {
        return new EmailDraft(text).write(pdf.summary(), pdf.bytes(), pdf.fileName());
    }

    /** "T-2026-0007-summary-rev2.pdf": the reference and revision, safe on every file system. */
    public static String fileName(CustomerSummary s) {
        String ref = s.reference().replaceAll("[^A-Za-z0-9._-]", "_");
        return (ref.isEmpty() ? "case" : ref) + "-summary" + (s.revision() == 0 ? "-draft" : "-rev" + s.revision()) + ".pdf";
    }
}
