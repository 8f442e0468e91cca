package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's fast reading of stored instants gives exactly what {@link Instant#parse} gives, or its error. */
class InstantParsingTest {

    @Test
    void readsWhatInstantToStringWritesExactlyAsTheJdkDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 253_402_300_799L); // years 1 to 9999
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            String text = instant.toString();
            assertEquals(Instant.parse(text), Sql.parseInstant(text), text);
        }
    }

    @Test
    void anyOtherTextIsReadOrRefusedExactlyAsTheJdkDoes() {
        for (String text : new String[] {"2026-03-29T01:30:00.5Z", "+10000-01-01T00:00:00Z", "2026-11-22T10:15:30+01:00",
                "2024-02-29T23:59:59.123456789Z", "2026-11-22T24:00:00Z", "2026-11-22T10:15Z", "2026-02-30T10:00:00Z",
                "2026-13-01T10:00:00Z", "2026-11-22T10:60:00Z", "2026-1x-22T10:00:00Z", "2026-11-22T10:00:00.Z",
                "2026-11-22 10:00:00Z", "2026-11-22T10:00:00.1234567890Z", "2026-11-22T10:00:0-Z", ""}) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException refused) {
                assertThrows(DateTimeParseException.class, () -> Sql.parseInstant(text), text);
                continue;
            }
            assertEquals(expected, Sql.parseInstant(text), text);
        }
    }
}
