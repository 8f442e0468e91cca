package io.turnaround.export;

import io.turnaround.domain.Internal;
import io.turnaround.domain.VisibilityCatalog;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    @SuppressWarnings("unchecked")
    <T> T fill(T value) {
        if (value instanceof Record record) {
            return (T) fillRecord(record);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(fill(item)));
            return (T) out;
        }
        return value;
    }

    private Record fillRecord(Record record) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                Object v = rc.getAccessor().invoke(record);
                if (rc.isAnnotationPresent(Internal.class)) {
                    String canary = "CANARY" + (placed.size() + 1) + "X" + record.getClass().getSimpleName() + rc.getName();
                    placed.put(canary, record.getClass().getSimpleName() + "." + rc.getName());
                    reached.add(new VisibilityCatalog.TextField(record.getClass(), rc.getName(), false));
                    values[i] = canary;
                } else {
                    values[i] = fill(v);
                }
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first canary found in the text, or null. Canaries are compared without spaces or line breaks. */
    String firstIn(String text) {
        String squeezed = text.replaceAll("\\s+", "");
        return placed.keySet().stream().filter(squeezed::contains).findFirst().orElse(null);
    }
}
