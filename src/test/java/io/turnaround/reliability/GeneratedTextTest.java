package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.turnaround.TestCases;
import io.turnaround.TextFields;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.SummaryFixture;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modelled on how SQLite tests itself: 10,000 hostile strings — the Big List of Naughty Strings, random text from
 * every plane with surrogate pairs, bidi controls and control characters, a 10,000-character word, a megabyte —
 * go into every text field of the model. The store returns each exactly; the summary export never fails.
 */
class GeneratedTextTest {
    static final int STRINGS = 10_000;

    @TempDir
    Path dir;

    @Test
    void everyTextFieldTakesTenThousandHostileStringsAndReturnsThemExactly() throws Exception {
        List<String> strings = strings(new Random(20261122));
        SummaryExporter exporter = SummaryFixture.exporter();
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (Database db = Database.openIn(dir)) {
                CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
                int used = 0;
                int cases = 0;
                while (used < strings.size()) {
                    int start = used;
                    int[] next = {start};
                    CaseFile filled = TextFields.fill(TestCases.fullyPopulated(), (owner, field, internal, current) ->
                            strings.get(next[0]++ % strings.size()));
                    used = next[0];
                    CaseFile stored = repo.create(filled);
                    CaseFile loaded = repo.load(stored.id()).orElseThrow();
                    assertEquals(stored.withHeader(stored.header().withUpdatedAt(loaded.header().updatedAt())), loaded,
                            "case " + cases + " (strings " + start + "–" + used + ") comes back exactly");
                    if (cases % 25 == 0) {
                        assertTrue(exporter.pdf(loaded, null, strings.get(cases), null, null, SummaryFixture.NOW).bytes().length > 1000);
                    }
                    cases++;
                }
            }
        });
    }

    /** The naughty strings, then random ones, with one 10,000-character word and one megabyte among them. */
    static List<String> strings(Random random) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = GeneratedTextTest.class.getResourceAsStream("blns.base64.json")) {
            for (String encoded : new ObjectMapper().readValue(in, String[].class)) {
                out.add(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
            }
        }
        out.add("x".repeat(10_000));
        out.add(randomText(random, 1 << 20));
        while (out.size() < STRINGS) {
            out.add(randomText(random, random.nextInt(8) == 0 ? 2_000 : 1 + random.nextInt(120)));
        }
        return out;
    }

    /** Random text from every plane that has text, with controls, bidi marks, combining marks and lone surrogates. */
    static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        int[][] ranges = {{0x20, 0x7E}, {0x00, 0x1F}, {0x7F, 0x9F}, {0xA0, 0x24F}, {0x370, 0x52F}, {0x590, 0x6FF}, {0x200B, 0x206F},
                {0x300, 0x36F}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xD800, 0xDFFF}, {0xE000, 0xF8FF}, {0xFB50, 0xFEFF},
                {0x1F300, 0x1FAFF}, {0x20000, 0x2A6DF}, {0xE0000, 0xE007F}, {0xFFF0, 0xFFFF}};
        while (b.length() < length) {
            int[] r = ranges[random.nextInt(ranges.length)];
            int cp = r[0] + random.nextInt(r[1] - r[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                b.append((char) cp);
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
