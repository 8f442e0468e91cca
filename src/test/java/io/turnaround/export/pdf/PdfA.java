package io.turnaround.export.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator: the failed rules of a document against PDF/A-2u or PDF/UA-1, empty when it conforms. */
final class PdfA {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    static List<String> failedRules(byte[] pdf) throws Exception {
        return failedRules(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** The failed rules of PDF/UA-1, the accessibility standard: tags, reading order, alternative text, language. */
    static List<String> failedAccessibilityRules(byte[] pdf) throws Exception {
        return failedRules(pdf, PDFAFlavour.PDFUA_1);
    }

    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
