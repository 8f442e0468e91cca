package io.turnaround.export;

import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Party;
import io.turnaround.domain.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the case file format promises beyond its shape (docs/case-format.md): the ids of each kind of part are unique,
 * every reference between parts names a part that exists, and every sent revision is exactly what was sent — its
 * content still matches its SHA-256. A file that breaks one is refused with the place named, and nothing is written:
 * otherwise a duplicate id fails deep in the database, a dangling reference silently drops a line from the customer's
 * PDF, and an edited revision prints under "Approved by …".
 */
final class CaseChecks {
    private final CustomerView view = new CustomerView();

    void check(CaseFile c) throws CaseFormatException {
        uniqueIds("parties", c.parties(), Party::id);
        uniqueIds("listen.notes", c.listen().notes(), n -> n.id());
        uniqueIds("ask.questions", c.ask().questions(), q -> q.id());
        uniqueIds("ask.problems", c.ask().problems(), p -> p.id());
        uniqueIds("ask.checkDowns", c.ask().checkDowns(), d -> d.id());
        uniqueIds("produce.commitments", c.produce().commitments(), k -> k.id());
        uniqueIds("produce.expectations", c.produce().expectations(), e -> e.id());
        uniqueIds("facts", c.facts(), Fact::id);
        for (int i = 0; i < c.facts().size(); i++) {
            uniqueIds("facts[" + i + "].attachments", c.facts().get(i).attachments(), a -> a.id());
        }
        uniqueIds("conclusions.scenarios", c.conclusions().scenarios(), Scenario::id);
        uniqueIds("prevention.actions", c.prevention().actions(), a -> a.id());

        Set<String> facts = c.facts().stream().map(Fact::id).collect(Collectors.toSet());
        Set<String> parties = c.parties().stream().map(Party::id).collect(Collectors.toSet());
        refersTo("conclusions.breakdownFactId", c.conclusions().breakdownFactId(), facts, "fact");
        List<Scenario> scenarios = c.conclusions().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            List<String> evidence = scenarios.get(i).evidenceFactIds();
            for (int j = 0; j < evidence.size(); j++) {
                refersTo("conclusions.scenarios[" + i + "].evidenceFactIds[" + j + "]", evidence.get(j), facts, "fact");
            }
        }
        refersTo("approval.approverPartyId", c.approval().approverPartyId(), parties, "party");
        refersTo("approval.signerPartyId", c.approval().signerPartyId(), parties, "party");
        revisions(c.approval().revisions(), parties);
    }

    private void revisions(List<ApprovalRevision> revisions, Set<String> parties) throws CaseFormatException {
        for (int i = 0; i < revisions.size(); i++) {
            ApprovalRevision r = revisions.get(i);
            String at = "approval.revisions[" + i + "]";
            if (r.number() != i + 1) {
                throw refused(at + ".number", "revision " + r.number() + " stands where revision " + (i + 1)
                        + " should: revisions are numbered 1, 2, 3… in the order they were sent");
            }
            if (!CustomerView.sha256(r.frozenContent()).equalsIgnoreCase(r.sha256())) {
                throw refused(at, "revision " + r.number() + " has been altered: its content no longer matches its SHA-256, "
                        + "so it is not what was sent to the customer");
            }
            try {
                view.thaw(r.frozenContent());
            } catch (IllegalArgumentException e) {
                throw refused(at + ".frozenContent", "revision " + r.number() + " is not a frozen summary: " + e.getMessage());
            }
            refersTo(at + ".responderPartyId", r.responderPartyId(), parties, "party");
        }
    }

    private static <T> void uniqueIds(String path, List<T> parts, Function<T, String> id) throws CaseFormatException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Integer first = seen.putIfAbsent(id.apply(parts.get(i)), i);
            if (first != null) {
                throw refused(path + "[" + i + "].id", "the id \"" + id.apply(parts.get(i)) + "\" is already used by " + path + "["
                        + first + "]; each part needs an id of its own");
            }
        }
    }

    private static void refersTo(String path, String id, Set<String> ids, String kind) throws CaseFormatException {
        if (id != null && !id.isEmpty() && !ids.contains(id)) {
            throw refused(path, "no " + kind + " of this case has the id \"" + id + "\"");
        }
    }

    private static CaseFormatException refused(String path, String why) {
        return new CaseFormatException("At caseFile." + path + ": " + why, null);
    }
}
