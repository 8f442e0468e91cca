package io.turnaround.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two people's edits of one case, brought together: a three-way merge of the version both started from ({@code base}),
 * one's ({@code mine}) and the other's ({@code theirs}), part by part down to single fields. What only one of them
 * changed is taken as they left it; lists of parts with ids (notes, facts, parties, commitments...) merge by id, so a
 * note added by one and a fact by the other are both kept; a list both only added to keeps both additions. A field both
 * changed to different values is a {@link Conflict}: the caller decides it (keep mine, keep theirs, or a text of its
 * own). The time of the last edit is the later of the two.
 */
public final class CaseMerge {
    private CaseMerge() {
    }

    /**
     * A field both changed, differently.
     *
     * @param path where it is, as the parts' names and ids ({@code resolution.remedy}, {@code facts[f-1].what})
     * @param base what both started from (null when neither had it)
     * @param mine what this side has (null when this side deleted it)
     * @param theirs what the other side has (null when it deleted it)
     */
    public record Conflict(String path, Object base, Object mine, Object theirs) {
    }

    /** The merged case, and the conflicts decided on the way (empty: it merged by itself). */
    public record Result(CaseFile merged, List<Conflict> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** Merges, keeping mine wherever both changed a field: the result to show while the person decides. */
    public static Result merge(CaseFile base, CaseFile mine, CaseFile theirs) {
        return merge(base, mine, theirs, Conflict::mine);
    }

    /** Merges; {@code decide} gives the value of each field both changed (the mine or theirs of the conflict, or another). */
    public static Result merge(CaseFile base, CaseFile mine, CaseFile theirs, Function<Conflict, Object> decide) {
        List<Conflict> conflicts = new ArrayList<>();
        Object merged = new Merger(conflicts, decide).value("", base, mine, theirs);
        return new Result((CaseFile) merged, List.copyOf(conflicts));
    }

    /**
     * The merged case, its time of last edit later than theirs whatever the clocks of the two computers say: the next
     * save based on theirs must find that this one came after.
     */
    public static CaseFile after(CaseFile merged, CaseFile theirs, java.time.Instant now) {
        java.time.Instant last = theirs.header().updatedAt();
        java.time.Instant at = last == null || now.isAfter(last) ? now : last.plusMillis(1);
        return merged.withHeader(merged.header().withUpdatedAt(at));
    }

    /**
     * Where {@code mine} differs from {@code base}, field by field (in lists of parts, by id), but for the time of the
     * last edit: each as a Conflict whose theirs is the base, for saying what was not saved.
     */
    public static List<Conflict> changes(CaseFile base, CaseFile mine) {
        List<Conflict> changed = new ArrayList<>();
        new Merger(changed, Conflict::mine).diff("", base, mine);
        // The time of the last edit moves with every edit: not a change of its own.
        return changed.stream().filter(c -> !c.path().equals("header.updatedAt")).toList();
    }

    private record Merger(List<Conflict> conflicts, Function<Conflict, Object> decide) {
        Object value(String path, Object base, Object mine, Object theirs) {
            if (Objects.equals(mine, theirs)) {
                return mine;
            }
            if (Objects.equals(base, mine)) {
                return theirs;
            }
            if (Objects.equals(base, theirs)) {
                return mine;
            }
            if (path.equals("header.updatedAt") && mine instanceof java.time.Instant a && theirs instanceof java.time.Instant b) {
                return a.isAfter(b) ? a : b;
            }
            if (mine != null && theirs != null && mine.getClass().isRecord() && mine.getClass() == theirs.getClass()
                    && (base == null || base.getClass() == mine.getClass())) {
                return record(path, base, mine, theirs);
            }
            if (mine instanceof List<?> m && theirs instanceof List<?> t && (base == null || base instanceof List<?>)) {
                List<?> b = base == null ? List.of() : (List<?>) base;
                if (keyed(b) && keyed(m) && keyed(t)) {
                    return byId(path, b, m, t);
                }
                List<Object> appended = bothAppended(b, m, t);
                if (appended != null) {
                    return appended;
                }
            }
            Conflict conflict = new Conflict(path, base, mine, theirs);
            conflicts.add(conflict);
            return decide.apply(conflict);
        }

        /** Collects a Conflict (base, mine) for each field where mine differs from base. */
        void diff(String path, Object base, Object mine) {
            if (Objects.equals(base, mine)) {
                return;
            }
            if (base != null && mine != null && mine.getClass().isRecord() && base.getClass() == mine.getClass()) {
                for (RecordComponent rc : mine.getClass().getRecordComponents()) {
                    try {
                        Method get = rc.getAccessor();
                        get.setAccessible(true);
                        diff(path.isEmpty() ? rc.getName() : path + "." + rc.getName(), get.invoke(base), get.invoke(mine));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return;
            }
            if (base instanceof List<?> b && mine instanceof List<?> m && keyed(b) && keyed(m)) {
                Map<String, Object> before = index(b);
                Map<String, Object> after = index(m);
                java.util.Set<String> ids = new java.util.LinkedHashSet<>(before.keySet());
                ids.addAll(after.keySet());
                for (String id : ids) {
                    diff(path + "[" + id + "]", before.get(id), after.get(id));
                }
                return;
            }
            conflicts.add(new Conflict(path, base, mine, base));
        }

        /** Field by field, then the record built again through its canonical constructor. */
        private Object record(String path, Object base, Object mine, Object theirs) {
            RecordComponent[] parts = mine.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    Method get = parts[i].getAccessor();
                    get.setAccessible(true);
                    String at = path.isEmpty() ? parts[i].getName() : path + "." + parts[i].getName();
                    values[i] = value(at, base == null ? null : get.invoke(base), get.invoke(mine), get.invoke(theirs));
                    types[i] = parts[i].getType();
                }
                Constructor<?> make = mine.getClass().getDeclaredConstructor(types);
                make.setAccessible(true);
                return make.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot merge " + mine.getClass().getSimpleName() + ": " + e, e);
            }
        }

        /**
         * Parts with ids: theirs in their order, then mine's new ones; a part both have is merged field by field; one
         * deleted by one side and unchanged by the other is deleted; deleted by one and edited by the other, a conflict.
         */
        private List<Object> byId(String path, List<?> base, List<?> mine, List<?> theirs) {
            Map<String, Object> b = index(base);
            Map<String, Object> m = index(mine);
            Map<String, Object> t = index(theirs);
            List<Object> out = new ArrayList<>();
            java.util.Set<String> order = new java.util.LinkedHashSet<>(t.keySet());
            order.addAll(m.keySet());
            for (String id : order) {
                Object was = b.get(id);
                Object my = m.get(id);
                Object their = t.get(id);
                String at = path + "[" + id + "]";
                if (my != null && their != null) {
                    out.add(value(at, was, my, their));
                } else if (was == null) {
                    out.add(my != null ? my : their); // added by one side
                } else {
                    Object kept = my != null ? my : their; // deleted by the other side
                    if (!kept.equals(was)) {
                        Object chosen = value(at, was, my, their);
                        if (chosen != null) {
                            out.add(chosen);
                        }
                    }
                }
            }
            return out;
        }

        /** Both sides only added to the end of the list: both additions, theirs first. Null when not so. */
        private static List<Object> bothAppended(List<?> base, List<?> mine, List<?> theirs) {
            if (mine.size() < base.size() || theirs.size() < base.size()
                    || !mine.subList(0, base.size()).equals(base) || !theirs.subList(0, base.size()).equals(base)) {
                return null;
            }
            List<Object> out = new ArrayList<>(theirs);
            out.addAll(mine.subList(base.size(), mine.size()));
            return out;
        }

        private static boolean keyed(List<?> list) {
            return list.stream().allMatch(e -> e != null && id(e) != null);
        }

        private static Map<String, Object> index(List<?> list) {
            Map<String, Object> byId = new LinkedHashMap<>();
            for (Object e : list) {
                byId.put(id(e), e);
            }
            return byId;
        }

        /** The part's id, when its record has a String id; else null. */
        private static String id(Object part) {
            if (!part.getClass().isRecord()) {
                return null;
            }
            for (RecordComponent rc : part.getClass().getRecordComponents()) {
                if (rc.getName().equals("id") && rc.getType() == String.class) {
                    try {
                        Method get = rc.getAccessor();
                        get.setAccessible(true);
                        return (String) get.invoke(part);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }
}
