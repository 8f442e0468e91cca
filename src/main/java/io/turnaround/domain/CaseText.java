package io.turnaround.domain;

import java.lang.reflect.RecordComponent;
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
                for (RecordComponent rc : record.getClass().getRecordComponents()) {
                    Object v = rc.getAccessor().invoke(record);
                    boolean text = rc.isAnnotationPresent(CustomerVisible.class) || rc.isAnnotationPresent(Internal.class);
                    if (text && v instanceof String s && !s.isBlank()) {
                        out.append(s).append('\n');
                    } else if (!text) {
                        collect(v, out);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A record of the model could not be read", e);
            }
        }
    }
}
