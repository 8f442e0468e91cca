package io.turnaround.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names and texts in any script, and strings built to break layouts: the export draws them all and never fails. */
class AnyScriptTest {
    static final List<String> NAMES = List.of("Zoë Ångström-Øster", "王小明", "Дмитрий Шостакович", "محمد الأحمد", "דוד כהן",
            "Νίκος Παπαδόπουλος", "Chloé 😀🚒👩🏽‍🚒", "tab\there\r\nand\rcr", "مرحبا (123) world", "\u202Eevil\u202C name");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    @Test
    void everyScriptIsDrawnInAValidPdfA() throws Exception {
        CaseFile c = withTexts(TestCases.fullyPopulated(), NAMES);
        byte[] pdf = exporter.pdf(c, null, "Société Générale · 株式会社", null, null, SummaryFixture.NOW).bytes();
        assertEquals(List.of(), PdfA.failedRules(pdf), "veraPDF PDF/A-2u");
        String text = SummaryFixture.text(pdf);
        for (String name : List.of("Zoë Ångström-Øster", "王小明", "Дмитрий Шостакович", "Νίκος Παπαδόπουλος")) {
            assertTrue(text.contains(name), name + " is extracted as written");
        }
        assertTrue(text.contains("כהן") || text.contains("ןהכ"), "Hebrew is drawn");
    }

    @Test
    void aTenThousandCharacterWordIsBrokenAcrossLines() throws Exception {
        String word = "W".repeat(10_000);
        CaseFile c = withTexts(TestCases.fullyPopulated(), List.of(word));
        byte[] pdf = exporter.pdf(c, null, "", null, null, SummaryFixture.NOW).bytes();
        String squeezed = SummaryFixture.text(pdf).lines().filter(line -> !line.matches(".*Page \\d+ of \\d+.*"))
                .reduce("", String::concat).replaceAll("\\s", "");
        assertTrue(squeezed.contains(word), "nothing of the word is lost");
        assertEquals(List.of(), PdfA.failedRules(pdf));
    }

    @Test
    void generatedStringsNeverMakeTheExportThrowOrHang() {
        Random random = new Random(20261122);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int round = 0; round < 40; round++) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    texts.add(randomText(random, 1 + random.nextInt(300)));
                }
                byte[] pdf = exporter.pdf(withTexts(TestCases.fullyPopulated(), texts), null, randomText(random, 20), null, null,
                        SummaryFixture.NOW).bytes();
                assertTrue(pdf.length > 1000);
            }
        });
    }

    /** Random code points from every plane that has text, with controls, bidi marks, combining marks and lone surrogates. */
    static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        int[][] ranges = {{0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0x24F}, {0x370, 0x52F}, {0x590, 0x6FF}, {0x200B, 0x206F},
                {0x300, 0x36F}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xD800, 0xDFFF}, {0xE000, 0xF8FF}, {0xFB50, 0xFEFF},
                {0x1F300, 0x1FAFF}, {0x20000, 0x2A6DF}, {0xE0000, 0xE007F}, {0xFFF0, 0xFFFF}};
        for (int i = 0; i < length; i++) {
            int[] r = ranges[random.nextInt(ranges.length)];
            int cp = r[0] + random.nextInt(r[1] - r[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                b.append((char) cp); // a lone surrogate, as a broken paste would leave
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Puts the texts into parties, facts, the remedy and the conclusions: every kind of place the summary draws. */
    static CaseFile withTexts(CaseFile c, List<String> texts) {
        List<Party> parties = new ArrayList<>(c.parties());
        List<Fact> facts = new ArrayList<>(c.facts());
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            parties.add(new Party(null, t, t, t, "", "", i % 2 == 0 ? Side.CUSTOMER : Side.OUR_FIRM, true));
            facts.add(new Fact(null, LocalDate.of(2026, 1, 1 + i % 28), null, t, Side.CUSTOMER, t, List.of(), i % 3 == 0, FactKind.FACT));
        }
        String all = String.join("\n", texts);
        return c.withParties(parties).withFacts(facts)
                .withResolution(c.resolution().withRemedy(all))
                .withConclusions(c.conclusions().withAcceptedBlame(all))
                .withHeader(c.header().withSubject(texts.get(0)));
    }
}
