package io.turnaround.ui.main;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;

/**
 * What a colleague did that concerns this manager: handed them a case, or marked one of their promises done.
 *
 * @param what the promise's text (empty for a hand-over)
 */
public record FromColleague(Kind kind, long caseId, String reference, String customer, String by, String what) {
    public enum Kind { HANDED_OVER, PROMISE_DONE }

    /** A case a colleague handed to this manager, or a promise of theirs a colleague marked done; on the worker. */
    static java.util.Optional<FromColleague> about(io.turnaround.store.CaseStore repository, long id, String me) {
        java.util.Optional<io.turnaround.domain.CaseEvent> event = repository.lastEvent(id).filter(e -> !e.actor().equals(me));
        if (event.isEmpty()) {
            return java.util.Optional.empty();
        }
        io.turnaround.domain.CaseEvent e = event.get();
        java.util.Optional<CaseSummary> summary = repository.page(io.turnaround.domain.CaseQuery.ALL.only(java.util.Set.of(id)), null, 0, 1)
                .stream().findFirst();
        if (summary.isEmpty()) {
            return java.util.Optional.empty();
        }
        CaseSummary c = summary.get();
        if (e.action().equals(io.turnaround.domain.CaseEvent.REASSIGNED) && e.detail().equals(me)) {
            return java.util.Optional.of(new FromColleague(Kind.HANDED_OVER, id, c.reference(), c.customerOrganisation(),
                    e.actor(), ""));
        }
        if (e.action().equals(io.turnaround.domain.CaseEvent.PROMISE_DONE) && c.owner().equals(me)) {
            String what = repository.load(id).map(k -> promiseText(k, e.detail())).orElse("");
            return java.util.Optional.of(new FromColleague(Kind.PROMISE_DONE, id, c.reference(), c.customerOrganisation(),
                    e.actor(), what));
        }
        return java.util.Optional.empty();
    }

    /** What a commitment or prevention action of the case says, by its id. */
    private static String promiseText(CaseFile c, String itemId) {
        return java.util.stream.Stream.concat(
                c.produce().commitments().stream().filter(k -> k.id().equals(itemId)).map(io.turnaround.domain.Commitment::what),
                c.prevention().actions().stream().filter(a -> a.id().equals(itemId)).map(io.turnaround.domain.PreventionAction::what))
                .findFirst().orElse("");
    }

}
