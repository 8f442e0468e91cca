package io.turnaround.export.pdf;

import io.turnaround.export.ComplaintLetter;
import io.turnaround.export.SummaryText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A complaint letter as a PDF/A-2u document with the summary's letterhead, fonts, tags and metadata: the company and
 * logo, the date and reference, the title, the letter's paragraphs, a footer with page numbers.
 */
public final class LetterPdf {
    private final PdfFonts fonts;
    private final LogoImage logo;

    /** @param logo the letterhead logo (PNG or JPEG bytes), or null for the default one */
    public LetterPdf(PdfFonts fonts, byte[] logo) {
        this.fonts = fonts;
        this.logo = SummaryPdf.encode(logo == null ? SummaryPdf.defaultLogo() : logo);
    }

    /** Serialised like the summary: the shared font programs are read while each document's subsets are cut. */
    public byte[] render(ComplaintLetter letter, SummaryText text) throws IOException {
        synchronized (fonts) {
            try (PDDocument document = new PDDocument()) {
                PageFlow flow = new PageFlow(document, new DocumentFonts(document, fonts), ScriptText.isRightToLeftLanguage(text.locale()));
                String company = letter.sender().companyName();
                float logoHeight = logo == null ? 0 : flow.image(logo.in(document), 150, 42,
                        company.isBlank() ? text.get("summary.logo") : text.get("summary.logo.of", ScriptText.clean(company)));
                if (!company.isBlank()) {
                    flow.rightAligned(company, PageFlow.HEADING, 18);
                }
                flow.gap(Math.max(logoHeight, 24));
                flow.rule();
                flow.paragraph(text.get("summary.date") + ": " + text.date(letter.issuedAt()) + "\n"
                        + text.get("letter.reference", letter.reference()), PageFlow.SMALL, 0);
                // Who it is addressed to, as on a posted letter.
                for (var p : letter.to()) {
                    String line = String.join(", ", java.util.stream.Stream.of(p.name(), p.role(), p.organisation())
                            .filter(x -> x != null && !x.isBlank()).toList());
                    if (!line.isBlank()) {
                        flow.gap(4);
                        flow.paragraph(line, PageFlow.BODY, 0);
                    }
                }
                flow.gap(8);
                flow.paragraph(letter.title(), PageFlow.TITLE, 0);
                if (!letter.subject().isBlank()) {
                    flow.paragraph(letter.subject(), PageFlow.STRONG, 0);
                }
                flow.gap(6);
                for (String paragraph : letter.body().split("\\n\\s*\\n")) {
                    flow.paragraph(paragraph.strip(), PageFlow.BODY, 0);
                    flow.gap(7);
                }
                flow.finish(text.get("letter.subject", letter.reference(), letter.title()), text.get("summary.page"));
                String title = letter.title() + " — " + letter.reference();
                flow.finishTags(title);
                PdfArchive.mark(document, title, ScriptText.clean(company), text.locale().toLanguageTag(), letter.issuedAt());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return flow.drewPresentationForms() || !flow.drawnSequences().isEmpty()
                        ? LogicalUnicode.restore(out.toByteArray(), flow.drawnSequences()) : out.toByteArray();
            }
        }
    }
}
