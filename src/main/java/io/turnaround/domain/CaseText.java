package io.turnaround.domain;

import java.lang.reflect.Method;
import java.util.List;

/** All the free text of a case in one string, for full-text search: every field the visibility catalog lists. */
public final class CaseText {
    private CaseText() {
    }

    /** The case's text except reference, customer and subject (searched with their own weight), one field a line. */
    public static String body(CaseFile c) {
        StringBuilder b = new StringBuilder();
        collect(c.withHeader(new CaseHeader("", "", "", c.header().status(), c.header().category(), c.header().sample(),
                c.header().openedAt(), c.header().updatedAt(), c.header().conductNotes())), b);
        return b.toString();
    }

    private static void collect(Object value, StringBuilder out) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, out));
        } else if (value instanceof Record record) {
            try {
                for (Component rc : COMPONENTS.get(record.getClass())) {
                    Object v = rc.accessor().invoke(record);
                    if (rc.text() && v instanceof String s && !s.isBlank()) {
                        out.append(s).append('\n');
                    } else if (!rc.text()) {
                        collect(v, out);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A record of the model could not be read", e);
            }
        }
    }

    /** A record's component: how to read it, and whether it is text the catalog lists. */
    private record Component(Method accessor, boolean text) {
    }

    /**
     * Each record class's components, looked up once: {@code getRecordComponents()} parses the class file's attribute
     * on every call, which made indexing a case of a few hundred words cost a third of a millisecond.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .map(rc -> new Component(rc.getAccessor(), rc.isAnnotationPresent(CustomerVisible.class) || rc.isAnnotationPresent(Internal.class)))
                    .toList();
        }
    };
}
