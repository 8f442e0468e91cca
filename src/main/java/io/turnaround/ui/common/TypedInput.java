package io.turnaround.ui.common;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values typed into text fields — times of day and amounts — the same way on every screen. Nothing typed is
 * "not set"; what cannot be read is refused with the key of the one message that says how to type it.
 */
public final class TypedInput {
    public static final String TIME_INVALID = "input.time.invalid";
    public static final String AMOUNT_INVALID = "input.amount.invalid";
    public static final String AMOUNT_NEGATIVE = "input.amount.negative";

    /** 14:30, 9:05, 14.30, 1430, 905. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?");

    private TypedInput() {
    }

    /** What was typed cannot be read; {@link #key()} names the message that says how to type it. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String key;

        Unreadable(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A time of day as people type it; empty when nothing is typed. */
    public static Optional<LocalTime> time(String text) throws Unreadable {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            throw new Unreadable(TIME_INVALID);
        }
        int hour;
        int minute;
        if (m.group(2) != null) {
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
        } else if (t.length() >= 3) { // 905 is 9:05; 1430 matched the first form
            hour = Integer.parseInt(t.substring(0, t.length() - 2));
            minute = Integer.parseInt(t.substring(t.length() - 2));
        } else {
            hour = Integer.parseInt(t); // "9": nine o'clock
            minute = 0;
        }
        if (hour > 23 || minute > 59) {
            throw new Unreadable(TIME_INVALID);
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** An amount of money as people type it (1250.50, 1,250.50, 12,5); empty when nothing is typed; never negative. */
    public static Optional<BigDecimal> amount(String text) throws Unreadable {
        String t = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        } else if (t.matches("\\d+,\\d{1,2}")) {
            t = t.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Unreadable(AMOUNT_INVALID);
        }
        if (value.signum() < 0) {
            throw new Unreadable(AMOUNT_NEGATIVE);
        }
        return Optional.of(value);
    }
}
