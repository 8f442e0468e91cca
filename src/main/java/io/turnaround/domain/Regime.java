package io.turnaround.domain;

/**
 * The complaint-handling rules a case is handled under: they set its deadlines, the letters it needs and what the
 * complaint register reports.
 */
public enum Regime {
    /** No regulator's rules: the case runs as any escalation. */
    NONE,
    /** UK Financial Conduct Authority, DISP 1: acknowledgement, final response in 8 weeks (15 business days for payments). */
    FCA,
    /** US Consumer Financial Protection Bureau: a response within 15 days, a final one within 60. */
    CFPB,
    /** ISO 10002: the standard's steps (acknowledge, assess, respond, close) without legal deadlines. */
    ISO_10002;

    /** True for the regimes whose rules require a root cause before a case closes. */
    public boolean requiresRootCause() {
        return this == FCA || this == CFPB;
    }
}
