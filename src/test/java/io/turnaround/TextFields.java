package io.turnaround;

import io.turnaround.domain.CustomerVisible;
import io.turnaround.domain.Internal;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a case (or any record of the model) with new text in its free-text fields — those marked
 * {@code @CustomerVisible} or {@code @Internal} — however deep, through the records' canonical constructors.
 */
public final class TextFields {
    /** Chooses the text for one field. */
    public interface Source {
        String next(Class<?> owner, RecordComponent field, boolean internal, String current);
    }

    private TextFields() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T fill(T value, Source source) {
        if (value instanceof Record record) {
            return (T) fillRecord(record, source);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(fill(item, source)));
            return (T) out;
        }
        return value;
    }

    private static Record fillRecord(Record record, Source source) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                boolean internal = rc.isAnnotationPresent(Internal.class);
                Object current = rc.getAccessor().invoke(record);
                if (internal || rc.isAnnotationPresent(CustomerVisible.class)) {
                    values[i] = source.next(record.getClass(), rc, internal, (String) current);
                } else {
                    values[i] = fill(current, source);
                }
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
