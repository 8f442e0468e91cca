package io.turnaround.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.turnaround.domain.CaseFile;
import java.util.stream.Collectors;

/**
 * The case file format (docs/case-format.md): one whole case as JSON, wrapped in an envelope
 * that names the format and its version. Writing is deterministic — fields in model order,
 * times in ISO-8601 with their zone — so export, import, export gives the same bytes.
 */
public final class CaseJson {
    public static final String FORMAT = "turnaround-case";
    public static final int VERSION = 1;

    /** What the file holds around the case. */
    record Envelope(String format, int version, CaseFile caseFile) {
    }

    private final ObjectMapper mapper = JsonMappers.base()
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .build();

    private final CaseChecks checks = new CaseChecks();

    public String write(CaseFile caseFile) {
        try {
            return mapper.writeValueAsString(new Envelope(FORMAT, VERSION, caseFile)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case could not be written as JSON", e);
        }
    }

    public CaseFile read(String json) throws CaseFormatException {
        Envelope envelope;
        try {
            // Another program's JSON is told as such, before its fields are read as a case's.
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
            if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
                throw new CaseFormatException("Not a Turnaround case file: \"format\" must be \"" + FORMAT + "\"", null);
            }
            // Read again from the text, not the tree: the tree would normalise amounts (300.00 into 3E+2).
            envelope = mapper.readValue(json, Envelope.class);
        } catch (JsonMappingException e) {
            throw new CaseFormatException(describe(e), e);
        } catch (JsonProcessingException e) {
            throw new CaseFormatException("Not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new CaseFormatException("Not a valid case: " + e.getMessage(), e);
        }
        if (envelope == null || !FORMAT.equals(envelope.format())) {
            throw new CaseFormatException("Not a Turnaround case file: \"format\" must be \"" + FORMAT + "\"", null);
        }
        if (envelope.version() != VERSION) {
            throw new CaseFormatException("Unsupported case file version " + envelope.version() + " (this version reads "
                    + VERSION + ")", null);
        }
        if (envelope.caseFile() == null || envelope.caseFile().header() == null) {
            throw new CaseFormatException("The file has no case (\"caseFile\" with a \"header\")", null);
        }
        checks.check(envelope.caseFile());
        return envelope.caseFile();
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        return (path.isEmpty() ? "" : "At " + path + ": ") + message;
    }
}
