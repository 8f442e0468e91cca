package io.turnaround.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.turnaround.domain.Ask;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Internal;
import io.turnaround.domain.Party;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.Produce;
import io.turnaround.domain.Resolution;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the customer is sent, as JSON: only what the model marks customer-visible. Fields the
 * model marks {@link Internal} are left out by the mapper itself, so no exporter can forget one.
 * A revision frozen for approval is this JSON of Facts to Prevention, with its SHA-256.
 */
public final class CustomerView {

    /**
     * Everything a revision's document shows, as sent: the parts the customer approves (Facts, Conclusions, Resolution,
     * Prevention), the people it went to, what the customer told us and what we agreed (Ask, Produce), and the covering
     * text and its language. Revisions frozen by versions that kept only the first seven have the rest null: their document takes the
     * people, Ask and Produce from the case and drafts the covering text from the frozen content.
     */
    public record Frozen(String reference, String subject, String customerOrganisation, List<Fact> facts, Conclusions conclusions,
                         Resolution resolution, Prevention prevention, List<Party> parties, Ask ask, Produce produce,
                         String coverText, String language) {
    }

    /** A revision's content and the hash that proves it unchanged, with the covering text it holds. */
    public record FrozenRevision(String content, String sha256, String coverText) {
    }

    /** The writer that leaves out what is internal, and the reader of what it wrote. */
    private record Mappers(ObjectMapper writer, ObjectMapper reader) {
        static Mappers build() {
            ObjectMapper writer = JsonMappers.base()
                    .annotationIntrospector(new JacksonAnnotationIntrospector() {
                        @Override
                        public boolean hasIgnoreMarker(AnnotatedMember m) {
                            return isInternal(m) || super.hasIgnoreMarker(m);
                        }
                    })
                    .build();
            ObjectMapper reader = JsonMappers.base()
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                    .build();
            return new Mappers(writer, reader);
        }
    }

    /**
     * Built on first use, on whichever worker needs them: the window creates its views at startup, and building
     * Jackson's mappers there cost the first frame a tenth of a second.
     */
    private volatile Mappers mappers;

    private Mappers mappers() {
        Mappers m = mappers;
        if (m == null) {
            synchronized (this) {
                m = mappers;
                if (m == null) {
                    m = Mappers.build();
                    mappers = m;
                }
            }
        }
        return m;
    }

    private static boolean isInternal(AnnotatedMember m) {
        Class<?> owner = m.getDeclaringClass();
        if (!owner.isRecord()) {
            return false;
        }
        for (RecordComponent rc : owner.getRecordComponents()) {
            if (rc.getName().equals(m.getName())) {
                return rc.isAnnotationPresent(Internal.class);
            }
        }
        return false;
    }

    public String json(Object value) {
        try {
            return mappers().writer().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A customer view could not be written", e);
        }
    }

    /**
     * The case as a customer may see it: every {@code @Internal} field is empty. Customer documents are built
     * from this projection only, so an internal note cannot reach them even through a mistake in their layout.
     */
    public CaseFile project(CaseFile c) {
        try {
            return mappers().reader().readValue(json(c), CaseFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A case could not be projected for the customer", e);
        }
    }

    /** The customer-visible parts frozen in a revision, read back. */
    public Frozen thaw(String frozenContent) {
        try {
            return mappers().reader().readValue(frozenContent, Frozen.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a frozen revision: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The revision that sending the case now would freeze, with the covering text as it will be sent. Internal fields
     * are left out by the writer, as everywhere.
     */
    public FrozenRevision freeze(CaseFile c, String coverText) {
        return freeze(c, coverText, c.approval().language());
    }

    /** @param language the language the documents are written in (BCP 47) */
    public FrozenRevision freeze(CaseFile c, String coverText, String language) {
        Frozen frozen = new Frozen(c.header().reference(), c.header().subject(), c.header().customerOrganisation(), c.facts(),
                c.conclusions(), c.resolution(), c.prevention(), c.parties(), c.ask(), c.produce(), coverText == null ? "" : coverText, language);
        String content = json(frozen);
        return new FrozenRevision(content, sha256(content), frozen.coverText());
    }

    /**
     * Whether a revision still says what {@code now} would freeze. Read back and written again, a revision sent before
     * the model gained a field (an expectation's history) compares by what it says, not by how it was spelled then.
     */
    public boolean sameAs(ApprovalRevisionContent sent, FrozenRevision now) {
        if (sent.sha256().equals(now.sha256())) {
            return true;
        }
        try {
            return json(thaw(sent.content())).equals(now.content());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What {@link #sameAs} needs of a sent revision. */
    public record ApprovalRevisionContent(String content, String sha256) {
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
