package io.turnaround.domain;

import java.util.List;
import java.util.Locale;

/**
 * Builds reflect-back drafts from what was heard: the customer's key points in their own words,
 * and a feeling that follows from how they sounded. Templates come from the UI's resources; this
 * only fills them, so the wording can be changed or translated without touching code.
 */
public final class ReflectBack {
    private ReflectBack() {
    }

    /** Fills {points} and {feeling} in a template. */
    public static String fill(String template, List<Note> keyPoints, String feeling) {
        return template.replace("{points}", joinPoints(keyPoints)).replace("{feeling}", feeling);
    }

    /** "a, b and c", each point as one line with its closing punctuation removed. */
    public static String joinPoints(List<Note> keyPoints) {
        List<String> points = keyPoints.stream()
                .map(n -> n.text().strip().replaceAll("\\s*\\R+\\s*", ", ").replaceAll("[.!;:,]+$", ""))
                .filter(s -> !s.isEmpty())
                .map(ReflectBack::lowerFirst)
                .toList();
        if (points.isEmpty()) {
            return "…";
        }
        if (points.size() == 1) {
            return points.get(0);
        }
        return String.join(", ", points.subList(0, points.size() - 1)) + " and " + points.get(points.size() - 1);
    }

    /** The key for the feeling word: by the customer's temperature, {@code calm} when unknown. */
    public static String feelingKey(Temperature level) {
        return level == null ? "calm" : level.name().toLowerCase(Locale.ROOT);
    }

    /** Lower-cases a leading capital unless the word looks like a name or acronym ("I", "DHL", "Monday"). */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (first.equals("I") || first.startsWith("I'")) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
