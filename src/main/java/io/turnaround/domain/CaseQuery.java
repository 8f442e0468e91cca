package io.turnaround.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which cases the case list shows, and in which order: its filters and the column it is sorted by. The store runs it,
 * a page at a time, so a list of a million cases never has to be in memory.
 *
 * @param status       only cases in this state, or null for any
 * @param customer     only customers whose name contains this (any case), or empty
 * @param openedFrom   only cases opened at or after this instant, or null
 * @param openedBefore only cases opened before this instant, or null
 * @param category     only this cause category (any case), or empty
 * @param overdueAt    only open cases whose agreed next contact is before this instant, or null for any
 * @param only         only these cases (those behind a chart, or a customer's), or null for all
 * @param owner        only the cases of this role ("Mine" in a team library), or empty
 * @param sample       only the sample case (true), only real ones (false), or both (null)
 * @param sort         the column the list is sorted by
 * @param descending   highest first
 * @param responseDueBefore only regulated complaints whose next required letter is due before this instant (overdue:
 *                     now; due this week: a week from now), or null for any
 */
public record CaseQuery(CaseStatus status, String customer, Instant openedFrom, Instant openedBefore, String category,
                        Instant overdueAt, Set<Long> only, String owner, Boolean sample, Sort sort,
                        boolean descending, Instant responseDueBefore) {

    /** The columns the list sorts by; ties go by the order cases were created in. */
    public enum Sort { OPENED, REFERENCE, CUSTOMER, OWNER, SUBJECT, STATUS, NEXT_CONTACT, RESPONSE_DUE }

    /** Every case, newest first: the list as it opens. */
    public static final CaseQuery ALL = new CaseQuery(null, "", null, null, "", null, null, "", null, Sort.OPENED, true);

    /** Without a filter on complaint deadlines. */
    public CaseQuery(CaseStatus status, String customer, Instant openedFrom, Instant openedBefore, String category, Instant overdueAt,
                     Set<Long> only, String owner, Boolean sample, Sort sort, boolean descending) {
        this(status, customer, openedFrom, openedBefore, category, overdueAt, only, owner, sample, sort, descending, null);
    }

    public CaseQuery {
        customer = customer == null ? "" : customer.strip();
        category = category == null ? "" : category.strip();
        owner = owner == null ? "" : owner;
        only = only == null ? null : Set.copyOf(only);
        sort = sort == null ? Sort.OPENED : sort;
    }

    public CaseQuery sortedBy(Sort by, boolean highestFirst) {
        return new CaseQuery(status, customer, openedFrom, openedBefore, category, overdueAt, only, owner, sample, by, highestFirst, responseDueBefore);
    }

    public CaseQuery ownedBy(String role) {
        return new CaseQuery(status, customer, openedFrom, openedBefore, category, overdueAt, only, role, sample, sort, descending, responseDueBefore);
    }

    public CaseQuery only(Set<Long> ids) {
        return new CaseQuery(status, customer, openedFrom, openedBefore, category, overdueAt, ids, owner, sample, sort, descending, responseDueBefore);
    }

    public CaseQuery samples(Boolean sampleOnly) {
        return new CaseQuery(status, customer, openedFrom, openedBefore, category, overdueAt, only, owner, sampleOnly, sort, descending, responseDueBefore);
    }

    /** Only the complaints whose next required letter is due before {@code at} (null: any case). */
    public CaseQuery responseDueBefore(Instant at) {
        return new CaseQuery(status, customer, openedFrom, openedBefore, category, overdueAt, only, owner, sample, sort, descending, at);
    }

    /** Whether a case passes the filters: the same rule the store's query applies, for lists already in memory. */
    public boolean matches(CaseSummary c) {
        String who = customer.toLowerCase(java.util.Locale.ROOT);
        return (status == null || c.status() == status)
                && (who.isEmpty() || c.customerOrganisation().toLowerCase(java.util.Locale.ROOT).contains(who))
                && (openedFrom == null || c.openedAt() != null && !c.openedAt().isBefore(openedFrom))
                && (openedBefore == null || c.openedAt() != null && c.openedAt().isBefore(openedBefore))
                && (category.isEmpty() || c.category().equalsIgnoreCase(category))
                && (overdueAt == null || c.isOverdue(overdueAt))
                && (only == null || only.contains(c.id()))
                && (owner.isEmpty() || c.owner().equals(owner))
                && (sample == null || c.sample() == sample)
                && (responseDueBefore == null || c.responseDue() != null && c.responseDue().isBefore(responseDueBefore));
    }

    /**
     * The list's order for cases in memory, as the store's query orders them: the column's value (text by its bytes,
     * customer and subject lower-cased; no next contact last), then the order cases were created in.
     */
    public java.util.Comparator<CaseSummary> order() {
        java.util.Comparator<CaseSummary> by = switch (sort) {
            case OPENED -> java.util.Comparator.comparing(c -> c.openedAt() == null ? Instant.EPOCH : c.openedAt());
            case REFERENCE -> java.util.Comparator.comparing(CaseSummary::reference);
            case CUSTOMER -> java.util.Comparator.comparing(c -> c.customerOrganisation().toLowerCase(java.util.Locale.ROOT));
            case SUBJECT -> java.util.Comparator.comparing(c -> c.subject().toLowerCase(java.util.Locale.ROOT));
            case OWNER -> java.util.Comparator.comparing(CaseSummary::owner);
            case STATUS -> java.util.Comparator.comparing(CaseSummary::status);
            case NEXT_CONTACT -> java.util.Comparator.comparing(c -> c.nextContact() == null ? Long.MAX_VALUE : c.nextContact().toEpochMilli());
            case RESPONSE_DUE -> java.util.Comparator.comparing(c -> c.responseDue() == null ? Long.MAX_VALUE : c.responseDue().toEpochMilli());
        };
        by = by.thenComparingLong(CaseSummary::id);
        return descending ? by.reversed() : by;
    }
}
