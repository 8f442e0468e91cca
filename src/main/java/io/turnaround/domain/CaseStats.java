package io.turnaround.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the dashboard and the customer view need of one case, read in one query rather than loading it whole.
 *
 * @param approvedAt         when the customer approved it (the latest approving answer), or null
 * @param approvalLoops      revisions sent for approval
 * @param preventionOverdue  prevention actions not done whose due day has passed
 * @param checksFailed       effectiveness checks that failed
 */
public record CaseStats(long caseId, String reference, String customer, CaseStatus status, Instant openedAt, Instant approvedAt,
                        int approvalLoops, Responsibility responsibility, String causeCategory, BigDecimal ourCost, String currency,
                        int preventionOverdue, int checksFailed, @Internal String conductNotes) {
    public CaseStats {
        customer = Texts.orEmpty(customer);
        causeCategory = Texts.orEmpty(causeCategory);
        conductNotes = Texts.orEmpty(conductNotes);
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
    }
}
