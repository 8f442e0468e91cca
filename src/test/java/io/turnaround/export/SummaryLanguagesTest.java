package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Customer documents in the customer's language: every bundle complete, every language rendered and extracted. */
class SummaryLanguagesTest {
    private static final List<String> FILES = List.of("summary_de", "summary_fr", "summary_es", "summary_ar");
    private final SummaryExporter exporter = SummaryFixture.exporter();

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SummaryLanguagesTest.class.getResourceAsStream("/io/turnaround/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSameArguments() throws Exception {
        Properties base = load("summary");
        List<String> problems = new ArrayList<>();
        for (String file : FILES) {
            Properties lang = load(file);
            if (!lang.stringPropertyNames().equals(base.stringPropertyNames())) {
                Set<String> missing = new TreeSet<>(base.stringPropertyNames());
                missing.removeAll(lang.stringPropertyNames());
                Set<String> extra = new TreeSet<>(lang.stringPropertyNames());
                extra.removeAll(base.stringPropertyNames());
                problems.add(file + ": missing " + missing + ", unknown " + extra);
            }
            for (String key : base.stringPropertyNames()) {
                String pattern = lang.getProperty(key, "");
                if (!arguments(pattern).equals(arguments(base.getProperty(key)))) {
                    problems.add(file + ": " + key + " takes " + arguments(pattern) + ", English " + arguments(base.getProperty(key)));
                }
                if (!arguments(pattern).isEmpty()) {
                    new MessageFormat(pattern); // a stray apostrophe would swallow text
                    if (pattern.contains("'")) {
                        problems.add(file + ": " + key + " has an apostrophe, which MessageFormat takes as a quote: use ’");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}|%d").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-GB | Summary of case T-2026-0042 | What we agreed | 10 March 2026 | CHF 1,250.50 | Kind regards",
        "de-DE | Zusammenfassung des Falls T-2026-0042 | Was wir vereinbart haben | 10. März 2026 | 1.250,50 CHF | Mit freundlichen Grüßen",
        "fr-FR | Synthèse du dossier T-2026-0042 | Ce dont nous sommes convenus | 10 mars 2026 | 1 250,50 CHF | Bien cordialement",
        "es-ES | Resumen del caso T-2026-0042 | Lo que acordamos | 10 de marzo de 2026 | 1.250,50 CHF | Atentamente",
        "ar | ملخص الحالة | ما اتفقنا عليه | مارس | CHF | مع أطيب التحيات"})
    void theSummaryIsWrittenInTheCasesLanguage(String tag, String title, String agreed, String date, String money, String closing)
            throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        c = c.withApproval(c.approval().withCoverText("").withLanguage(tag));
        SummaryExporter.Pdf pdf = exporter.pdf(c, null, "Northwind", null, null, SummaryFixture.NOW);
        String text = SummaryFixture.text(pdf.bytes()).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertEquals(Locale.forLanguageTag(tag), pdf.summary().language());
        for (String expected : List.of(title, agreed, date, money, c.header().subject(), "Zoë Ångström-Øster", "Only 32 of 40")) {
            assertTrue(text.contains(expected), tag + ": " + expected + " in:\n" + text);
        }
        assertTrue(pdf.summary().coverText().contains(closing), pdf.summary().coverText());
        if (!tag.startsWith("en")) {
            assertFalse(text.contains("What we agreed") || text.contains("Distributed to"), tag + ": no English heading left");
        }
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(exporter.email(pdf).eml()));
        assertTrue(mail.getSubject().contains(exporter.text(Locale.forLanguageTag(tag)).get("email.subject.subject", "x", "y")
                .replace("x", "").replace("y", "").strip().split(" ")[0].replace(":", "")), mail.getSubject());
    }

    @Test
    void aRevisionKeepsTheLanguageItWasSentIn() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        c = c.withApproval(c.approval().withRevisions(List.of()).withLanguage("de-DE"));
        CustomerView.FrozenRevision frozen = exporter.freeze(c, Sender.company("Northwind"));
        c = io.turnaround.domain.ApprovalFlow.send(c, frozen.content(), frozen.sha256(), SummaryFixture.NOW);
        CaseFile later = c.withApproval(c.approval().withLanguage("fr-FR"));
        String text = SummaryFixture.text(exporter.pdf(later, 1, "Northwind", null, null, SummaryFixture.NOW).bytes());
        assertTrue(text.contains("Zusammenfassung des Falls"), text);
    }

    @Test
    void theDefaultComesFromSettingsAndTheWindowsLanguageStays() {
        CaseFile c = TestCases.fullyPopulated();
        c = c.withApproval(c.approval().withLanguage(""));
        Sender german = new Sender("Northwind", "Ana", "COO", "", "de-DE");
        assertEquals(Locale.GERMANY, exporter.language(c, german));
        assertEquals(Locale.FRANCE, exporter.language(c.withApproval(c.approval().withLanguage("fr-FR")), german));
        assertEquals(Locale.UK, exporter.language(c, Sender.company("Northwind")), "the app's own when nothing is chosen");
        assertEquals("Summary of case {0}", exporter.text(Locale.UK).get("summary.title"));
    }
}
