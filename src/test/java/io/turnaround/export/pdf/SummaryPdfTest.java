package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.app.SampleCase;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {
    private static final List<String> SECTIONS = List.of("Distributed to", "What you told us", "What we agreed", "Facts", "Conclusions",
            "Immediate resolution", "Prevention", "Our next contact", "Approval");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    @Test
    void theSampleCaseIsAValidPdfA2uWithItsSectionsInOrderAndBookmarked() throws Exception {
        byte[] pdf = exporter.pdf(SampleCase.load(), null, "Northwind Textiles", null, null, SummaryFixture.NOW).bytes();
        assertEquals(List.of(), PdfA.failedRules(pdf), "veraPDF PDF/A-2u");
        assertEquals(SECTIONS, SummaryFixture.bookmarks(pdf));
        String text = SummaryFixture.text(pdf);
        int at = text.indexOf("Summary of case SAMPLE-FIRE");
        assertTrue(at >= 0, text);
        for (String section : SECTIONS) {
            int next = text.indexOf("\n" + section + "\n", at);
            assertTrue(next > at, section + " follows in reading order");
            at = next;
        }
        int pages = SummaryFixture.pages(pdf);
        for (int p = 1; p <= pages; p++) {
            assertTrue(text.contains("Page " + p + " of " + pages), "footer of page " + p);
        }
        assertTrue(text.contains("Order of 40 screen-printed shirts"), "a table cell is extracted whole, in order");
        assertTrue(text.contains("Approved by Zoë Ångström-Øster"), text);
        String meta = SummaryFixture.metadata(pdf);
        assertTrue(meta.contains("pdfaid:part>2<") || meta.contains("pdfaid:part=\"2\""), meta);
    }

    @Test
    void aRevisionIsExportedAsItWasSentNotAsEditedSince() throws Exception {
        CaseFile sample = SampleCase.load();
        CaseFile edited = sample.withConclusions(sample.conclusions().withAcceptedBlame("Edited after approval"));
        String current = SummaryFixture.text(exporter.pdf(edited, null, "", null, null, SummaryFixture.NOW).bytes());
        String revision1 = SummaryFixture.text(exporter.pdf(edited, 1, "", null, null, SummaryFixture.NOW).bytes());
        assertTrue(current.contains("Edited after approval"));
        assertTrue(current.contains("Draft, not yet sent for approval"), "changed since the last revision: a draft");
        assertFalse(revision1.contains("Edited after approval"));
        assertTrue(revision1.contains("Revision 1"));
        assertTrue(revision1.contains("Changes requested by"), "revision 1 of the sample was sent back with changes");
    }

    @Test
    void theAgreementIsWrittenDownWhole() throws Exception {
        String text = SummaryFixture.text(exporter.pdf(TestCases.fullyPopulated(), null, "", null, null, SummaryFixture.NOW).bytes());
        String agreed = text.substring(text.indexOf("\nWhat we agreed\n"), text.indexOf("\nFacts\n"));
        for (String expected : List.of("Call back with the lab result", "王小明", "9 March 2026, 10:00 (UTC+01:00, Paris)",
                "Send wash-test photos", "Done on 3 March 2026",
                "Free reprint: passed to Regional director, who will answer you.",
                "How we got there: you asked Answer by Friday \u2192 we discussed Call by 9 March \u2192 we agreed Call by 9 March.",
                "Answer within two weeks: agreed. How it will be measured: Call by 9 March.",
                "All 40 shirts are affected: corrected by you: Only 32 of 40.", "They were washed weekly: confirmed.")) {
            assertTrue(agreed.replace("\n", " ").contains(expected), expected + " in: " + agreed);
        }
    }

    @Test
    void aMistakeEntirelyOursIsExplainedInOneSentence() throws Exception {
        CaseFile c = SampleCase.load();
        c = c.withResolution(c.resolution().withPrinciple(io.turnaround.domain.FairnessPrinciple.ENTIRELY_OURS));
        String text = SummaryFixture.text(exporter.pdf(c, null, "", null, null, SummaryFixture.NOW).bytes()).replaceAll("\\s+", " ");
        assertTrue(text.contains("Why this is fair The mistake was entirely ours; we put it right at our own cost."), text);
    }

    @Test
    void amountsAndZonesAreUnambiguousAndTheRevisionIsNamedOnce() throws Exception {
        String text = SummaryFixture.text(exporter.pdf(SampleCase.load(), null, "", null, null, SummaryFixture.NOW).bytes());
        assertTrue(text.contains("CHF\u00a01,250.50") || text.contains("CHF 1,250.50"), text);
        assertFalse(text.contains("Revision: Revision"), text);
        assertFalse(text.matches("(?s).*\\b(CET|CEST)\\b.*"), "no ambiguous zone abbreviations");
    }

    @Test
    void aDraftEndsWithASignOffBlockForTheApprover() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        String text = SummaryFixture.text(exporter.pdf(c, null, "", null, "Dear Zoë,\n\nHere it is.", SummaryFixture.NOW).bytes());
        assertTrue(text.contains("I agree with the facts, conclusions and plan in this summary."), text);
        assertTrue(text.contains("Signature"));
        assertTrue(text.contains("Dear Zoë,"), "the edited covering text opens the document");
    }

    @Test
    void theFileNameCarriesReferenceAndRevision() throws Exception {
        assertEquals("SAMPLE-FIRE-summary-rev2.pdf",
                exporter.pdf(SampleCase.load(), null, "", null, null, SummaryFixture.NOW).fileName());
        assertEquals("SAMPLE-FIRE-summary-rev1.pdf", exporter.pdf(SampleCase.load(), 1, "", null, null, SummaryFixture.NOW).fileName());
    }
}
