package io.turnaround.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.domain.SentLetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register of 1,000 generated regulated complaints, written by {@code turnaround register}, against figures worked
 * out here on their own: the same cases made again from the same seed, business days counted from the holiday files read
 * line by line, the groups summed in plain loops.
 */
class ComplaintRegisterTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);
    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(dir.resolve("data"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC()).run(List.of(args));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<LocalDate> holidays(String file) throws IOException {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = ComplaintRegisterTest.class.getResourceAsStream("/io/turnaround/domain/holidays/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && Character.isDigit(line.charAt(0))) {
                    days.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
        }
        return days;
    }

    private static int businessDaysAfter(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readString(file).split("\r\n")) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split(",", -1))); // the generated values hold no commas or quotes
            }
        }
        return rows;
    }

    @Test
    void theRegisterOf1000GeneratedComplaintsMatchesAnIndependentCount() throws Exception {
        run("generate-demo", "1000", "--seed", "7", "--regulated");
        Path target = dir.resolve("register.csv");
        String said = run("register", "--from", FROM.toString(), "--to", TO.toString(), "--out", target.toString());

        ZoneId zone = ZoneId.systemDefault(); // no zone set in the library: the computer's
        Set<LocalDate> uk = holidays("england-and-wales.txt");
        Set<LocalDate> us = holidays("us-federal.txt");
        DemoCases again = new DemoCases(7, true);
        Set<String> expectedReferences = new HashSet<>();
        // product|category → opened, closed, within 3, within 8 weeks, later, upheld; and redress paid.
        Map<String, int[]> expected = new TreeMap<>();
        Map<String, BigDecimal> paid = new TreeMap<>();
        for (int i = 0; i < 1000; i++) {
            CaseFile c = again.next();
            var m = c.complaint();
            LocalDate received = m.receivedAt().atZone(zone).toLocalDate();
            Instant closedAt = null;
            for (SentLetter l : m.letters()) {
                if ((l.kind() == LetterKind.FINAL_RESPONSE || l.kind() == LetterKind.SUMMARY_RESOLUTION)
                        && (closedAt == null || l.sentAt().isBefore(closedAt))) {
                    closedAt = l.sentAt();
                }
            }
            LocalDate closed = closedAt == null ? null : closedAt.atZone(zone).toLocalDate();
            boolean receivedIn = !received.isBefore(FROM) && !received.isAfter(TO);
            boolean closedIn = closed != null && !closed.isBefore(FROM) && !closed.isAfter(TO);
            if (!receivedIn && !closedIn) {
                continue;
            }
            expectedReferences.add(c.header().reference());
            String key = m.product() + "|" + c.header().category();
            int[] n = expected.computeIfAbsent(key, k -> new int[6]);
            if (receivedIn) {
                n[0]++;
            }
            if (closedIn) {
                n[1]++;
                int business = businessDaysAfter(received, closed, m.regime() == Regime.CFPB ? us : uk);
                if (business <= 3) {
                    n[2]++;
                } else if (closed.toEpochDay() - received.toEpochDay() <= 56) {
                    n[3]++;
                } else {
                    n[4]++;
                }
                if (m.outcome() == io.turnaround.domain.ComplaintOutcome.UPHELD) {
                    n[5]++;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (var r : m.redress()) {
                    if (r.paid()) {
                        sum = sum.add(r.amount());
                    }
                }
                paid.merge(key, sum, BigDecimal::add);
            }
        }
        assertTrue(expectedReferences.size() > 50, "the half year holds complaints: " + expectedReferences.size());

        List<List<String>> rows = csv(target);
        assertEquals(io.turnaround.export.RegisterCsv.ROW_HEADER, rows.get(0));
        Set<String> references = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> references.add(r.get(0)));
        assertEquals(expectedReferences, references);
        assertEquals(expectedReferences.size(), rows.size() - 1, "one row per complaint");
        assertTrue(said.startsWith("wrote " + expectedReferences.size() + " complaints"), said);

        List<List<String>> summary = csv(dir.resolve("register-summary.csv"));
        assertEquals(io.turnaround.export.RegisterCsv.SUMMARY_HEADER, summary.get(0));
        Map<String, List<String>> written = new TreeMap<>();
        summary.subList(1, summary.size()).forEach(r -> written.put(r.get(0) + "|" + r.get(1), r));
        assertEquals(expected.keySet(), written.keySet());
        int closedLater = 0;
        for (var e : expected.entrySet()) {
            int[] n = e.getValue();
            List<String> r = written.get(e.getKey());
            assertEquals(List.of(n[0], n[1], n[2], n[3], n[4]), List.of(Integer.parseInt(r.get(2)), Integer.parseInt(r.get(3)),
                    Integer.parseInt(r.get(4)), Integer.parseInt(r.get(5)), Integer.parseInt(r.get(6))), e.getKey());
            assertEquals(n[1] == 0 ? 0.0 : Math.round(1000.0 * n[5] / n[1]) / 10.0, Double.parseDouble(r.get(7)), 0.05, e.getKey());
            assertEquals(0, paid.getOrDefault(e.getKey(), BigDecimal.ZERO).compareTo(new BigDecimal(r.get(8))), e.getKey());
            closedLater += n[4];
        }
        assertTrue(closedLater > 0 && expected.values().stream().mapToInt(n -> n[2]).sum() > 0,
                "the figures cover every bucket: some closed within 3 business days, some after 8 weeks");
    }
}
