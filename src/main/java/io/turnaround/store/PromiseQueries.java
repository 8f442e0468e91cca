package io.turnaround.store;

import io.turnaround.domain.ActionState;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.DueItem;
import io.turnaround.domain.PreventionAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What was promised across all cases: open commitments and prevention actions, and marking one done. */
final class PromiseQueries {
    private PromiseQueries() {
    }

    /**
     * Every open commitment with a date and every unfinished prevention action with a due day, soonest first. The sample
     * case's old promises are examples, not work: they never count as due.
     */
    static List<DueItem> open(Connection c) throws SQLException {
        List<DueItem> items = new ArrayList<>(Sql.query(c, "SELECT m.case_id, cases.reference, cases.customer_org, m.id, m.what, "
                + "m.owner, m.due_at FROM commitments m JOIN cases ON cases.id = m.case_id "
                + "WHERE m.done_at IS NULL AND m.due_at IS NOT NULL AND cases.is_sample = 0 ORDER BY m.due_utc", r -> new DueItem(r.lng("case_id"),
                r.text("reference"), r.text("customer_org"), DueItem.Kind.COMMITMENT, r.text("id"), r.text("what"), r.text("owner"),
                r.zoned("due_at"), null)));
        items.addAll(Sql.query(c, "SELECT a.case_id, cases.reference, cases.customer_org, a.id, a.what, a.owner, a.due_on "
                + "FROM prevention_actions a JOIN cases ON cases.id = a.case_id "
                + "WHERE a.state NOT IN (" + Sql.literals(io.turnaround.domain.ActionState.DONE, io.turnaround.domain.ActionState.VERIFIED) + ") AND a.due_on IS NOT NULL AND cases.is_sample = 0 ORDER BY a.due_on", r -> new DueItem(
                r.lng("case_id"), r.text("reference"), r.text("customer_org"), DueItem.Kind.PREVENTION, r.text("id"), r.text("what"),
                r.text("owner"), null, r.date("due_on"))));
        return items;
    }

    /** The due and done times of every commitment, for "promises kept". */
    static List<Commitment> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT m.id, m.due_at, m.done_at FROM commitments m JOIN cases ON cases.id = m.case_id "
                + "WHERE cases.is_sample = 0", r -> new Commitment(r.text("id"), "", "", null, null,
                r.zoned("due_at"), false, r.instant("done_at")));
    }

    /** The case with the item marked done at {@code at}: a commitment gets its done time, an action its state and day. */
    static CaseFile markDone(CaseFile c, DueItem item, Instant at, java.time.ZoneId zone) {
        if (item.kind() == DueItem.Kind.COMMITMENT) {
            List<Commitment> commitments = c.produce().commitments().stream()
                    .map(m -> m.id().equals(item.itemId()) ? m.withDoneAt(at) : m).toList();
            return c.withProduce(c.produce().withCommitments(commitments));
        }
        List<PreventionAction> actions = c.prevention().actions().stream()
                .map(a -> a.id().equals(item.itemId()) ? new PreventionAction(a.id(), a.what(), a.side(), a.owner(), a.dueOn(),
                        ActionState.DONE, a.documentProcess(), a.trainFromDocument(),
                        at.atZone(zone).toLocalDate(),
                        a.checks()) : a).toList();
        return c.withPrevention(c.prevention().withActions(actions));
    }
}
