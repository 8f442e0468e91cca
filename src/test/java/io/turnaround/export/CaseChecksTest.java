package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.turnaround.TestCases;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Party;
import io.turnaround.domain.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Import refuses what the format promises never to hold, naming the place; a well-formed file still imports. */
class CaseChecksTest {
    private final CaseJson json = new CaseJson();

    private String refusal(UnaryOperator<CaseFile> spoil) {
        String file = json.write(spoil.apply(TestCases.fullyPopulated()));
        return assertThrows(CaseFormatException.class, () -> json.read(file)).getMessage();
    }

    @Test
    void aRevisionEditedAfterItWasSentIsRefusedByNumber() {
        String message = refusal(c -> {
            List<ApprovalRevision> revisions = new ArrayList<>(c.approval().revisions());
            ApprovalRevision r = revisions.get(0);
            revisions.set(0, new ApprovalRevision(r.number(), r.frozenContent().replace("Embroider 32 shirts", "Embroider 40 shirts"),
                    r.sha256(), r.sentAt(), r.response(), r.responderPartyId(), r.respondedAt(), r.comments()));
            return c.withApproval(c.approval().withRevisions(revisions));
        });
        assertEquals("At caseFile.approval.revisions[0]: revision 1 has been altered: its content no longer matches its SHA-256, "
                + "so it is not what was sent to the customer", message);
    }

    @Test
    void aDuplicatedPartIdIsRefusedWithThePlace() {
        String message = refusal(c -> {
            List<Fact> facts = new ArrayList<>(c.facts());
            Fact f = facts.get(1);
            facts.set(1, new Fact("f1", f.date(), f.time(), f.what(), f.source(), f.evidence(), f.attachments(), f.verified(), f.kind()));
            return c.withFacts(facts);
        });
        assertEquals("At caseFile.facts[1].id: the id \"f1\" is already used by facts[0]; each part needs an id of its own", message);
    }

    @Test
    void referencesToPartsThatDoNotExistAreRefused() {
        assertEquals("At caseFile.conclusions.breakdownFactId: no fact of this case has the id \"f9\"",
                refusal(c -> c.withConclusions(c.conclusions().withBreakdownFactId("f9"))));
        assertEquals("At caseFile.approval.approverPartyId: no party of this case has the id \"p-gone\"",
                refusal(c -> c.withApproval(c.approval().withApprover("p-gone"))));
        assertEquals("At caseFile.conclusions.scenarios[1].evidenceFactIds[1]: no fact of this case has the id \"f7\"",
                refusal(c -> {
                    List<Scenario> scenarios = new ArrayList<>(c.conclusions().scenarios());
                    Scenario s = scenarios.get(1);
                    scenarios.set(1, new Scenario(s.id(), s.description(), s.kept(), s.reason(), List.of("f1", "f7")));
                    return c.withConclusions(c.conclusions().withScenarios(scenarios));
                }));
        assertEquals("At caseFile.approval.revisions[0].responderPartyId: no party of this case has the id \"p-chief\"",
                refusal(c -> {
                    List<Party> parties = new ArrayList<>(c.parties());
                    parties.set(0, new Party("p-zoe", "Zoë", "", "", "", "", parties.get(0).side(), true));
                    return c.withParties(parties).withApproval(c.approval().withApprover("p-zoe"));
                }));
    }

    @Test
    void revisionsOutOfOrderAreRefused() {
        assertEquals("At caseFile.approval.revisions[0].number: revision 2 stands where revision 1 should: revisions are numbered "
                + "1, 2, 3… in the order they were sent", refusal(c -> c.withApproval(c.approval().withRevisions(
                        List.of(c.approval().revisions().get(1), c.approval().revisions().get(0))))));
    }
}
