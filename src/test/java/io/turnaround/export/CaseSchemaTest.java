package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CustomerVisible;
import io.turnaround.domain.Internal;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/case.schema.json is derived from the model, so it cannot drift: this test regenerates it
 * and fails when the committed file differs (run with {@code -Dschema.update=true} to rewrite
 * it), and validates exported cases against it.
 */
class CaseSchemaTest {
    static final Path SCHEMA = Path.of("docs/case.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCommittedSchemaMatchesTheModel() throws Exception {
        String generated = MAPPER.writeValueAsString(generate()) + "\n";
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(SCHEMA, StandardCharsets.UTF_8),
                "docs/case.schema.json is out of date: run ./mvnw test -Dtest=CaseSchemaTest -Dschema.update=true");
    }

    @Test
    void exportedCasesAreValidAgainstTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        for (CaseFile c : new CaseFile[] {TestCases.fullyPopulated(), CaseFile.start("", "", "", Instant.EPOCH)}) {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(new CaseJson().write(c)));
            assertEquals(Set.of(), errors);
        }
        JsonNode broken = MAPPER.readTree(new CaseJson().write(TestCases.fullyPopulated()));
        ((ObjectNode) broken.get("caseFile").get("header")).put("status", "LOST");
        assertTrue(!schema.validate(broken).isEmpty(), "the schema rejects what the reader rejects");
    }

    static ObjectNode generate() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:turnaround:case-file:1");
        root.put("title", "Turnaround case file, version " + CaseJson.VERSION);
        root.put("description", "One whole escalation case. See docs/case-format.md. Text fields carry x-visibility: "
                + "'customer' may appear in documents sent to the customer, 'internal' never does.");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("format").put("const", CaseJson.FORMAT);
        props.putObject("version").put("const", CaseJson.VERSION);
        props.putObject("caseFile").put("$ref", "#/$defs/CaseFile");
        root.putArray("required").add("format").add("version").add("caseFile");
        root.put("additionalProperties", false);
        ObjectNode defs = root.putObject("$defs");
        define(CaseFile.class, defs);
        return root;
    }

    private static void define(Class<?> record, ObjectNode defs) {
        if (defs.has(record.getSimpleName())) {
            return;
        }
        ObjectNode def = defs.putObject(record.getSimpleName());
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        ArrayNode required = def.putArray("required");
        for (RecordComponent c : record.getRecordComponents()) {
            props.set(c.getName(), typeOf(c, c.getGenericType(), defs));
            required.add(c.getName());
        }
        def.put("additionalProperties", false);
    }

    private static ObjectNode typeOf(RecordComponent component, Type type, ObjectNode defs) {
        ObjectNode node = MAPPER.createObjectNode();
        if (type instanceof ParameterizedType p) {
            node.put("type", "array");
            Type item = p.getActualTypeArguments()[0];
            if (item instanceof Class<?> k && k.isRecord()) {
                define(k, defs);
                node.putObject("items").put("$ref", "#/$defs/" + k.getSimpleName());
            } else {
                node.putObject("items").put("type", "string");
            }
            return node;
        }
        Class<?> k = (Class<?>) type;
        if (k == String.class) {
            boolean visible = component != null && component.isAnnotationPresent(CustomerVisible.class);
            boolean internal = component != null && component.isAnnotationPresent(Internal.class);
            if (visible || internal) {
                node.put("type", "string");
                node.put("x-visibility", visible ? "customer" : "internal");
            } else {
                node.putArray("type").add("string").add("null");
            }
        } else if (k == boolean.class) {
            node.put("type", "boolean");
        } else if (k == long.class || k == int.class) {
            node.put("type", "integer");
        } else if (k == Boolean.class) {
            node.putArray("type").add("boolean").add("null");
        } else if (k == BigDecimal.class) {
            node.putArray("type").add("number").add("null");
        } else if (k == Instant.class) {
            nullableString(node).put("format", "date-time").put("description", "UTC instant, ISO-8601");
        } else if (k == ZonedDateTime.class) {
            nullableString(node).put("description", "ISO-8601 date-time with offset and zone id, e.g. 2026-03-09T10:00:00+01:00[Europe/Paris]");
        } else if (k == LocalDate.class) {
            nullableString(node).put("format", "date");
        } else if (k == LocalTime.class) {
            nullableString(node).put("description", "local time, HH:mm[:ss]");
        } else if (k.isEnum()) {
            ArrayNode values = node.putArray("enum");
            for (Object v : k.getEnumConstants()) {
                values.add(((Enum<?>) v).name());
            }
            values.addNull();
        } else if (k.isRecord()) {
            define(k, defs);
            node.putArray("anyOf").add(MAPPER.createObjectNode().put("$ref", "#/$defs/" + k.getSimpleName()))
                    .add(MAPPER.createObjectNode().put("type", "null"));
        } else {
            throw new IllegalStateException("No schema type for " + k);
        }
        return node;
    }

    private static ObjectNode nullableString(ObjectNode node) {
        node.putArray("type").add("string").add("null");
        return node;
    }
}
