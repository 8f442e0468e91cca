package io.turnaround.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What is typed in one add-line or add-form field and not yet entered; never shown to the customer. */
public record Draft(DraftField field, @Internal String text) {
    public Draft {
        if (field == null) {
            throw new IllegalArgumentException("A draft belongs to a field");
        }
        text = Texts.orEmpty(text);
    }

    /** The drafts in field order, one per field, none empty: two lists that say the same are equal. */
    static List<Draft> normalise(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts == null ? List.<Draft>of() : drafts) {
            kept.removeIf(k -> k.field() == d.field());
            if (!d.text().isEmpty()) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparing(Draft::field));
        return List.copyOf(kept);
    }

    /** The text typed in {@code field}, or "" when none. */
    static String in(List<Draft> drafts, DraftField field) {
        return drafts.stream().filter(d -> d.field() == field).map(Draft::text).findFirst().orElse("");
    }

    static List<Draft> with(List<Draft> drafts, DraftField field, String text) {
        List<Draft> changed = new ArrayList<>(drafts);
        changed.add(new Draft(field, text));
        return normalise(changed);
    }
}
