package io.turnaround.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.turnaround.app.SampleCase;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.PreventionAction;
import io.turnaround.export.CustomerSummary;
import io.turnaround.export.LongCase;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import io.turnaround.export.SummaryText;
import io.turnaround.export.pdf.PdfValidation;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The alternative to tagging our own layout (docs/decisions/summary-tagging.md): the same summary written as XHTML and
 * laid out by openhtmltopdf (PDFBox 3), which writes tagged PDF/UA and PDF/A itself. Timed like {@code export.pdf},
 * in the same JVM and on the same cases, and checked with veraPDF.
 */
final class HtmlLibraryBench {
    private HtmlLibraryBench() {
    }

    static void run() throws Exception {
        SummaryExporter exporter = SummaryFixture.exporter();
        SummaryText text = exporter.text(Locale.UK);
        for (String name : List.of("sample", "long")) {
            CaseFile c = name.equals("sample") ? SampleCase.load() : LongCase.build(exporter);
            CustomerSummary summary = exporter.summary(c, null, Sender.company("Northwind Textiles"), null, Instant.now());
            String html = html(summary, text);
            byte[] pdf = render(html);
            long[] times = new long[name.equals("sample") ? 60 : 20];
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                pdf = render(html);
                times[i] = System.nanoTime() - s;
            }
            Arrays.sort(times);
            long ours = ours(exporter, c, times.length);
            System.out.printf("export.html_library.%s.median_ms %.1f  p95 %.1f  (ours %.1f in the same JVM: ratio %.1f; %d pages)%n", name,
                    times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6, ours / 1e6,
                    (double) times[times.length / 2] / ours, SummaryFixture.pages(pdf));
            System.out.printf("export.html_library.%s.verapdf failed rules: PDF/UA-1 %d, PDF/A-2u %d%n", name,
                    PdfValidation.failedAccessibilityRules(pdf).size(), PdfValidation.failedArchiveRules(pdf).size());
        }
    }

    private static long ours(SummaryExporter exporter, CaseFile c, int rounds) throws Exception {
        long[] times = new long[rounds];
        for (int i = -3; i < rounds; i++) {
            long s = System.nanoTime();
            exporter.pdf(c, null, "Northwind Textiles", null, null, Instant.now());
            if (i >= 0) {
                times[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }

    private static byte[] render(String html) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        // PDF/A embeds every font: the CSS generic families the page boxes fall back to are mapped to Noto Sans as well.
        for (String family : List.of("Noto Sans", "serif", "sans-serif")) {
            for (String[] font : new String[][] {{"NotoSans-Regular.ttf", "400"}, {"NotoSans-Bold.ttf", "700"}}) {
                builder.useFont(() -> HtmlLibraryBench.class.getResourceAsStream("/io/turnaround/fonts/" + font[0]), family,
                        Integer.parseInt(font[1]), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
        }
        builder.useFont(() -> HtmlLibraryBench.class.getResourceAsStream("/io/turnaround/fonts/DroidSansFallbackFull.ttf"),
                "Droid Sans Fallback", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** The summary's sections as XHTML: the same words, tables and lists our layout draws. */
    static String html(CustomerSummary s, SummaryText t) {
        CaseFile c = s.content();
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(t.get("summary.title", s.reference()))).append("</title><meta name=\"description\" content=\"")
                .append(esc(c.header().subject())).append("\"/><meta name=\"subject\" content=\"").append(esc(c.header().subject()))
                .append("\"/><style>")
                .append("@page{size:A4;margin:58pt 58pt 70pt 58pt;@bottom-right{font-family:'Noto Sans';content:'Page ' counter(page) ' of ' ")
                .append("counter(pages)}}html,body{font-family:'Noto Sans','Droid Sans Fallback';font-size:10.5pt}h1{font-size:19pt}h2{font-size:14pt;")
                .append("border-bottom:0.6pt solid #1f548c}table{width:100%;border-collapse:collapse}th,td{text-align:left;")
                .append("vertical-align:top;padding:4pt;border-bottom:0.3pt solid #ccc}</style></head><body>");
        b.append("<h1>").append(esc(t.get("summary.title", s.reference()))).append("</h1><p><b>").append(esc(c.header().subject()))
                .append("</b></p>");
        for (String p : s.coverText().split("\\n\\n")) {
            b.append("<p>").append(esc(p).replace("\n", "<br/>")).append("</p>");
        }
        b.append("<h2>").append(esc(t.get("summary.distributed"))).append("</h2><table><thead><tr><th scope=\"col\">")
                .append(esc(t.get("summary.distributed.name"))).append("</th><th scope=\"col\">").append(esc(t.get("summary.distributed.role")))
                .append("</th></tr></thead><tbody>");
        s.distributedTo().forEach(p -> b.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(esc(p.role()))
                .append("</td></tr>"));
        b.append("</tbody></table><h2>").append(esc(t.get("summary.told"))).append("</h2><ol>");
        c.ask().problems().forEach(p -> b.append("<li>").append(esc(p.text())).append("</li>"));
        b.append("</ol><h2>").append(esc(t.get("summary.facts"))).append("</h2><table><thead><tr>");
        for (String k : List.of("summary.facts.when", "summary.facts.what", "summary.facts.source", "summary.facts.evidence")) {
            b.append("<th scope=\"col\">").append(esc(t.get(k))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Fact f : c.facts()) {
            b.append("<tr><td>").append(esc(t.dateTime(f.date(), f.time()))).append("</td><td>").append(esc(f.what())).append("</td><td>")
                    .append(esc(t.enumName(f.source()))).append("</td><td>").append(esc(f.evidence())).append("</td></tr>");
        }
        b.append("</tbody></table><h2>").append(esc(t.get("summary.conclusions"))).append("</h2><p>")
                .append(esc(c.conclusions().staffDeviation())).append("</p><h2>").append(esc(t.get("summary.resolution")))
                .append("</h2><p>").append(esc(c.resolution().remedy())).append("</p><h2>").append(esc(t.get("summary.prevention")))
                .append("</h2><table><thead><tr><th scope=\"col\">").append(esc(t.get("summary.prevention.action")))
                .append("</th><th scope=\"col\">").append(esc(t.get("summary.prevention.owner"))).append("</th></tr></thead><tbody>");
        for (PreventionAction a : c.prevention().actions()) {
            b.append("<tr><td>").append(esc(a.what())).append("</td><td>").append(esc(a.owner())).append("</td></tr>");
        }
        b.append("</tbody></table><h2>").append(esc(t.get("summary.approval"))).append("</h2><p>")
                .append(esc(t.get("summary.approval.request"))).append("</p></body></html>");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
