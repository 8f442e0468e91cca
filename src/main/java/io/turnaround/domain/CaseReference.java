package io.turnaround.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Human-readable case references, {@code T-<year>-<number>}, numbered afresh each year. */
public final class CaseReference {
    private static final Pattern FORMAT = Pattern.compile("T-(\\d{4})-(\\d{4,})");

    private CaseReference() {
    }

    public static String format(int year, int number) {
        return String.format("T-%04d-%04d", year, number);
    }

    /**
     * The reference of a case opened while the team library could not be reached: from the id reserved for it on this
     * computer beforehand ({@code T-2026-K1043}), so it cannot clash with one the library numbers meanwhile, nor with
     * another computer's, and the customer can be told it at once. The letter keeps it out of the yearly numbering.
     */
    public static String offline(int year, long reservedId) {
        return String.format("T-%04d-K%04d", year, reservedId);
    }

    /** The number part of a reference of the given year, if it is one. */
    public static Optional<Integer> numberIn(String reference, int year) {
        Matcher m = FORMAT.matcher(reference);
        if (!m.matches() || Integer.parseInt(m.group(1)) != year) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(2)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** The prefix every reference of a year starts with, for a store query. */
    public static String yearPrefix(int year) {
        return String.format("T-%04d-", year);
    }
}
