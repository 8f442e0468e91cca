package io.turnaround.store;

import io.turnaround.domain.CaseStats;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Responsibility;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** One row of figures per case for the dashboard and the customer view, in one query. */
final class StatsQueries {
    private StatsQueries() {
    }

    static List<CaseStats> all(Connection c, LocalDate today) throws SQLException {
        return Sql.query(c, "SELECT c.id, c.reference, c.customer_org, c.status, c.opened_at, c.responsibility, c.cause_category, "
                + "c.our_cost, c.currency, c.conduct_notes, "
                + "(SELECT count(*) FROM revisions r WHERE r.case_id = c.id AND r.sent_at IS NOT NULL) AS loops, "
                + "(SELECT max(r.responded_at) FROM revisions r WHERE r.case_id = c.id AND r.response = " + Sql.literals(io.turnaround.domain.ApprovalResponse.APPROVED) + ") AS approved_at, "
                + "(SELECT count(*) FROM prevention_actions a WHERE a.case_id = c.id AND a.state NOT IN (" + Sql.literals(io.turnaround.domain.ActionState.DONE, io.turnaround.domain.ActionState.VERIFIED) + ") "
                + "AND a.due_on < ?) AS prevention_overdue, "
                + "(SELECT count(*) FROM effectiveness_checks e WHERE e.case_id = c.id AND e.passed = 0) AS checks_failed "
                + "FROM cases c WHERE c.is_sample = 0 ORDER BY c.id", r -> new CaseStats(r.lng("id"), r.text("reference"), r.text("customer_org"),
                r.enumOf(CaseStatus.class, "status"), r.instant("opened_at"), r.instant("approved_at"), r.integer("loops"),
                r.enumOf(Responsibility.class, "responsibility"), r.text("cause_category"), r.decimal("our_cost"), r.text("currency"),
                r.integer("prevention_overdue"), r.integer("checks_failed"), r.text("conduct_notes")), today.toString());
    }
}
