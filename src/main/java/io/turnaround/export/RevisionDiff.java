package io.turnaround.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two frozen revisions, field by field ("facts[1].what"). */
public final class RevisionDiff {
    /** One difference; {@code before} or {@code after} is null where the field was added or removed. */
    public record Change(String path, String before, String after) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RevisionDiff() {
    }

    public static List<Change> between(String olderJson, String newerJson) {
        Map<String, String> older = flatten(olderJson);
        Map<String, String> newer = flatten(newerJson);
        Set<String> paths = new LinkedHashSet<>(older.keySet());
        paths.addAll(newer.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String a = older.get(path);
            String b = newer.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(path, a, b));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            walk("", MAPPER.readTree(json), out);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a frozen revision: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }
}
