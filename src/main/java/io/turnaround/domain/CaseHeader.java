package io.turnaround.domain;

import java.time.Instant;

/**
 * What identifies a case and what the case list shows.
 *
 * @param reference human-readable reference, e.g. {@code T-2026-0042}
 * @param category  a reporting category chosen by the manager
 * @param sample    true for the sample case shipped with the app
 */
public record CaseHeader(
        @CustomerVisible String reference,
        @CustomerVisible String subject,
        @CustomerVisible String customerOrganisation,
        CaseStatus status,
        @Internal String category,
        boolean sample,
        Instant openedAt,
        Instant updatedAt,
        @Internal String conductNotes) {

    public CaseHeader {
        reference = Texts.orEmpty(reference);
        subject = Texts.orEmpty(subject);
        customerOrganisation = Texts.orEmpty(customerOrganisation);
        status = status == null ? CaseStatus.OPEN_ON_CALL : status;
        category = Texts.orEmpty(category);
        conductNotes = Texts.orEmpty(conductNotes);
    }

    public CaseHeader withSubject(String value) {
        return new CaseHeader(reference, value, customerOrganisation, status, category, sample, openedAt, updatedAt, conductNotes);
    }

    public CaseHeader withCustomerOrganisation(String value) {
        return new CaseHeader(reference, subject, value, status, category, sample, openedAt, updatedAt, conductNotes);
    }

    public CaseHeader withStatus(CaseStatus value) {
        return new CaseHeader(reference, subject, customerOrganisation, value, category, sample, openedAt, updatedAt, conductNotes);
    }

    public CaseHeader withCategory(String value) {
        return new CaseHeader(reference, subject, customerOrganisation, status, value, sample, openedAt, updatedAt, conductNotes);
    }

    public CaseHeader withUpdatedAt(Instant value) {
        return new CaseHeader(reference, subject, customerOrganisation, status, category, sample, openedAt, value, conductNotes);
    }

    public CaseHeader withReference(String value) {
        return new CaseHeader(value, subject, customerOrganisation, status, category, sample, openedAt, updatedAt, conductNotes);
    }

    public CaseHeader withConductNotes(String value) {
        return new CaseHeader(reference, subject, customerOrganisation, status, category, sample, openedAt, updatedAt, value);
    }
}
