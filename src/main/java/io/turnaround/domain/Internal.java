package io.turnaround.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text-bearing part of the case that must never reach a customer document:
 * call notes, internal opinions, conduct notes. Exporters read only what
 * {@link CustomerVisible} marks; this annotation makes the opposite decision explicit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Internal {
}
