package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityCatalogTest {
    /** String components that are not free text: identifiers, hashes, codes, frozen snapshots. */
    private static final Set<String> NOT_FREE_TEXT = Set.of("id", "storedName", "sha256", "currency", "frozenContent",
            "breakdownFactId", "responderPartyId", "approverPartyId", "signerPartyId", "language");

    @Test
    void everyTextFieldOfTheModelDeclaresItsVisibilityExactlyOnce() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends Record> type : VisibilityCatalog.MODEL) {
            for (RecordComponent c : type.getRecordComponents()) {
                boolean visible = c.isAnnotationPresent(CustomerVisible.class);
                boolean internal = c.isAnnotationPresent(Internal.class);
                if (visible && internal) {
                    problems.add(type.getSimpleName() + "." + c.getName() + " is marked both ways");
                }
                if (c.getType() == String.class && !visible && !internal && !NOT_FREE_TEXT.contains(c.getName())) {
                    problems.add(type.getSimpleName() + "." + c.getName() + " has no visibility");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCatalogCoversEveryRecordOfTheAggregate() {
        List<Class<?>> reachable = new ArrayList<>();
        collect(CaseFile.class, reachable);
        for (Class<?> type : reachable) {
            boolean hasText = false;
            for (RecordComponent c : type.getRecordComponents()) {
                hasText |= c.getType() == String.class && !NOT_FREE_TEXT.contains(c.getName());
            }
            if (hasText) {
                assertTrue(VisibilityCatalog.MODEL.contains(type), type.getSimpleName() + " holds text but is not in the catalog");
            }
        }
    }

    private static void collect(Class<?> type, List<Class<?>> seen) {
        if (!type.isRecord() || seen.contains(type)) {
            return;
        }
        seen.add(type);
        for (RecordComponent c : type.getRecordComponents()) {
            collect(c.getType(), seen);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
                for (var arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) {
                        collect(k, seen);
                    }
                }
            }
        }
    }

    @Test
    void whatMethodMdCallsInternalIsInternal() {
        List<String> internal = VisibilityCatalog.internalFields().stream().map(f -> f.owner().getSimpleName() + "." + f.name()).toList();
        assertTrue(internal.containsAll(List.of("Note.text", "Conclusions.internalOpinion", "CaseHeader.conductNotes")), internal.toString());
        List<String> visible = VisibilityCatalog.textFields().stream().filter(VisibilityCatalog.TextField::customerVisible)
                .map(f -> f.owner().getSimpleName() + "." + f.name()).toList();
        assertTrue(visible.containsAll(List.of("Fact.what", "Conclusions.acceptedBlame", "Resolution.remedy", "PreventionAction.what")));
        assertFalse(visible.contains("Note.text"));
    }
}
