package io.turnaround.domain;

import java.util.List;
import java.util.Locale;

/**
 * Builds reflect-back drafts a manager can say aloud: at most three key points, turned to the customer
 * ({@link SpokenPoints}), and a feeling that follows from how they sounded, in a template short enough that the whole
 * draft stays within {@link #WORDS} words. Templates come from the UI's resources; this only fills them.
 */
public final class ReflectBack {
    /** About what can be said in one breath, and heard whole. */
    public static final int WORDS = 40;

    private ReflectBack() {
    }

    /** Fills {points} and {feeling} in a template, the points chosen and shortened so the draft stays within {@link #WORDS}. */
    public static String fill(String template, List<Note> keyPoints, Locale language, String and, String feeling) {
        String frame = template.replace("{points}", "").replace("{feeling}", feeling);
        int budget = WORDS - SpokenPoints.words(List.of(frame));
        return template.replace("{points}", join(SpokenPoints.of(keyPoints, language, budget), and)).replace("{feeling}", feeling);
    }

    /** "a, b and c" with the language's "and"; "…" when there is nothing yet. */
    public static String join(List<String> points, String and) {
        if (points.isEmpty()) {
            return "\u2026";
        }
        if (points.size() == 1) {
            return points.get(0);
        }
        return String.join(", ", points.subList(0, points.size() - 1)) + " " + and + " " + points.get(points.size() - 1);
    }

    /** The key for the feeling word: by the customer's temperature, {@code calm} when unknown. */
    public static String feelingKey(Temperature level) {
        return level == null ? "calm" : level.name().toLowerCase(Locale.ROOT);
    }
}
