package io.turnaround.export;

import io.turnaround.domain.VisibilityCatalog;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Puts a unique canary string into every {@code @Internal} text field of a case, however deep, by rebuilding its
 * records through their canonical constructors. Knows which fields it reached, so a test can prove that every
 * internal field of the model was covered.
 */
final class Canaries {
    final Map<String, String> placed = new LinkedHashMap<>();
    final Set<VisibilityCatalog.TextField> reached = new LinkedHashSet<>();

    <T> T fill(T value) {
        return io.turnaround.TextFields.fill(value, (owner, field, internal, current) -> {
            if (!internal) {
                return current;
            }
            String canary = "CANARY" + (placed.size() + 1) + "X" + owner.getSimpleName() + field.getName();
            placed.put(canary, owner.getSimpleName() + "." + field.getName());
            reached.add(new VisibilityCatalog.TextField(owner, field.getName(), false));
            return canary;
        });
    }

    /** The first canary found in the text, or null. Canaries are compared without spaces or line breaks. */
    String firstIn(String text) {
        String squeezed = text.replaceAll("\\s+", "");
        return placed.keySet().stream().filter(squeezed::contains).findFirst().orElse(null);
    }
}
