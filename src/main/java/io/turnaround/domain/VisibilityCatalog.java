package io.turnaround.domain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every text field of the case model with its declared visibility. Exporters and the
 * tests that prove nothing internal leaks both read this, so the rule lives in one place.
 */
public final class VisibilityCatalog {

    /** A text component of a record of the model, and whether customers may see it. */
    public record TextField(Class<?> owner, String name, boolean customerVisible) {
        @Override
        public String toString() {
            return owner.getSimpleName() + "." + name + (customerVisible ? " (customer-visible)" : " (internal)");
        }
    }

    /** Every record type of the case aggregate that holds text. */
    public static final List<Class<? extends Record>> MODEL = List.of(
            CaseHeader.class, Party.class, Note.class, Empathize.class, Question.class, CustomerProblem.class,
            CheckDown.class, Commitment.class, Expectation.class, Attachment.class, Fact.class, Scenario.class,
            Conclusions.class, Resolution.class, EffectivenessCheck.class, PreventionAction.class, Prevention.class,
            Approval.class, ApprovalRevision.class, Listen.class, Draft.class, ExpectationStep.class, Complaint.class, Redress.class);

    private VisibilityCatalog() {
    }

    /**
     * Every String component of the model that is free text. Identifiers, hashes, currency codes
     * and frozen content are not free text and carry no mark.
     */
    public static List<TextField> textFields() {
        List<TextField> fields = new ArrayList<>();
        for (Class<? extends Record> type : MODEL) {
            for (RecordComponent component : type.getRecordComponents()) {
                boolean visible = component.isAnnotationPresent(CustomerVisible.class);
                boolean internal = component.isAnnotationPresent(Internal.class);
                if (visible || internal) {
                    fields.add(new TextField(type, component.getName(), visible));
                }
            }
        }
        return fields;
    }

    public static List<TextField> internalFields() {
        return textFields().stream().filter(f -> !f.customerVisible()).toList();
    }
}
