package io.turnaround.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text-bearing part of the case that may appear in documents the customer receives
 * (the PDF summary, the email draft). Every text component of the model carries either this
 * or {@link Internal}; {@code VisibilityCatalog} and its test keep that true.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface CustomerVisible {
}
