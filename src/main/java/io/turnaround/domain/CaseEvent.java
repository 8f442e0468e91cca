package io.turnaround.domain;

import java.time.Instant;

/**
 * One entry of a case's audit log, as the window may show it: what was done ({@code created}, {@code edited},
 * {@code reassigned}, {@code merged}...), its detail, and the role that did it (empty in the case file on one computer).
 */
public record CaseEvent(Instant at, String action, String detail, String actor) {
    /** A case handed to another manager; the detail is that manager's role. */
    public static final String REASSIGNED = "reassigned";
    /** A promise marked done from the list of what is due; the detail is the promise's id. */
    public static final String PROMISE_DONE = "promise done";

    public CaseEvent {
        detail = detail == null ? "" : detail;
        actor = actor == null ? "" : actor;
    }
}
