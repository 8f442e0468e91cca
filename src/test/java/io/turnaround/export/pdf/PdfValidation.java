package io.turnaround.export.pdf;

import java.util.List;

/** veraPDF's verdicts for code outside this package (the benchmarks). */
public final class PdfValidation {
    private PdfValidation() {
    }

    public static List<String> failedAccessibilityRules(byte[] pdf) throws Exception {
        return PdfA.failedAccessibilityRules(pdf);
    }

    public static List<String> failedArchiveRules(byte[] pdf) throws Exception {
        return PdfA.failedRules(pdf);
    }
}
