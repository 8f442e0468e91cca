package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.app.SampleCase;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.LongCase;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/** The summary is a tagged PDF that veraPDF passes as PDF/UA-1 and PDF/A-2u alike, short, long and in every script. */
class AccessiblePdfTest {
    private final SummaryExporter exporter = SummaryFixture.exporter();

    @Test
    void theSampleCaseIsPdfUa1AndPdfA2uWithHeadingsListsTablesAndAFigure() throws Exception {
        byte[] pdf = exporter.pdf(SampleCase.load(), null, "Northwind Textiles", null, null, SummaryFixture.NOW).bytes();
        assertEquals(List.of(), PdfA.failedAccessibilityRules(pdf), "veraPDF PDF/UA-1");
        assertEquals(List.of(), PdfA.failedRules(pdf), "veraPDF PDF/A-2u");
        List<String> types = structure(pdf);
        assertEquals(1, types.stream().filter("H1"::equals).count(), "one title");
        assertTrue(types.stream().filter("H2"::equals).count() >= 9, "a heading per section: " + types);
        for (String type : List.of("H3", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "Figure", "P")) {
            assertTrue(types.contains(type), type + " in " + types);
        }
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(d.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "the title, not the file name, is shown");
            assertEquals("en-GB", d.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aCaseInEveryScriptIsPdfUa1AndPdfA2u() throws Exception {
        CaseFile c = AnyScriptTest.withTexts(TestCases.fullyPopulated(), AnyScriptTest.NAMES);
        byte[] pdf = exporter.pdf(c, null, "Société Générale · 株式会社", null, null, SummaryFixture.NOW).bytes();
        assertEquals(List.of(), PdfA.failedAccessibilityRules(pdf), "veraPDF PDF/UA-1");
        assertEquals(List.of(), PdfA.failedRules(pdf), "veraPDF PDF/A-2u");
    }

    @Test
    void aLongCaseIsPdfUa1AndPdfA2u() throws Exception {
        CaseFile c = LongCase.build(exporter);
        byte[] pdf = exporter.pdf(c, 5, "Northwind", null, null, SummaryFixture.NOW).bytes();
        assertTrue(SummaryFixture.pages(pdf) >= 20, "a long document: " + SummaryFixture.pages(pdf) + " pages");
        assertEquals(List.of(), PdfA.failedAccessibilityRules(pdf), "veraPDF PDF/UA-1");
        assertEquals(List.of(), PdfA.failedRules(pdf), "veraPDF PDF/A-2u");
    }

    private static List<String> structure(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            walk(d.getDocumentCatalog().getStructureTreeRoot(), types);
            return types;
        }
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                walk(e, types);
            }
        }
    }
}
