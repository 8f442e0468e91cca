package io.turnaround.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days that are not business days besides Saturdays and Sundays: a region's public holidays, kept as text (one
 * {@code YYYY-MM-DD name} a line) so that a firm can add a special day the moment it is announced.
 *
 * @param id       {@link #ENGLAND_AND_WALES} or {@link #US_FEDERAL} (the bundled ones), or a name of the firm's
 * @param holidays each holiday with its name, in date order
 */
public record HolidayCalendar(String id, Map<LocalDate, String> holidays) {
    public static final String ENGLAND_AND_WALES = "england-and-wales";
    public static final String US_FEDERAL = "us-federal";

    public HolidayCalendar {
        holidays = java.util.Collections.unmodifiableMap(new TreeMap<>(holidays));
    }

    /** The calendar shipped with the app (GOV.UK's bank holidays, the US federal holidays as observed). */
    public static HolidayCalendar bundled(String id) {
        return switch (id) {
            case ENGLAND_AND_WALES -> Bundled.ENGLAND_AND_WALES_DAYS;
            case US_FEDERAL -> Bundled.US_FEDERAL_DAYS;
            default -> read(id);
        };
    }

    /** The two shipped calendars, read once, when first asked for (immutable). */
    private static final class Bundled {
        static final HolidayCalendar ENGLAND_AND_WALES_DAYS = read(ENGLAND_AND_WALES);
        static final HolidayCalendar US_FEDERAL_DAYS = read(US_FEDERAL);
    }

    private static HolidayCalendar read(String id) {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream("holidays/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled holiday calendar " + id);
            }
            return parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar a regime's deadlines count business days in unless the firm chose another. */
    public static String defaultFor(Regime regime) {
        return regime == Regime.CFPB ? US_FEDERAL : ENGLAND_AND_WALES;
    }

    /**
     * Reads the text form: blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the first line that is not a date followed by an optional name
     */
    public static HolidayCalendar parse(String id, String text) {
        Map<LocalDate, String> days = new TreeMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                days.put(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : "");
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Line " + (i + 1) + " is not a date (YYYY-MM-DD) and a name: " + line, e);
            }
        }
        return new HolidayCalendar(id, days);
    }

    /** The text form, one holiday a line. */
    public String format() {
        StringBuilder out = new StringBuilder();
        holidays.forEach((day, name) -> out.append(day).append(name.isEmpty() ? "" : " " + name).append('\n'));
        return out.toString();
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(day);
    }

    /** The {@code n}th business day after {@code day} (the day itself not counted, whether or not it is one). */
    public LocalDate businessDaysAfter(LocalDate day, int n) {
        LocalDate at = day;
        int counted = 0;
        while (counted < n) {
            at = at.plusDays(1);
            if (isBusinessDay(at)) {
                counted++;
            }
        }
        return at;
    }

    /** How many business days come after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate at = from.plusDays(1); !at.isAfter(to); at = at.plusDays(1)) {
            if (isBusinessDay(at)) {
                n++;
            }
        }
        return n;
    }
}
