package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.domain.Prevention;
import io.turnaround.domain.PreventionAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerViewTest {
    private final CustomerView view = new CustomerView();

    @Test
    void internalFieldsNeverReachTheFrozenRevision() {
        CaseFile c = TestCases.fullyPopulated();
        Conclusions k = c.conclusions();
        c = c.withConclusions(new Conclusions(k.breakdownFactId(), k.staffDeviation(), k.customerDeviation(), "CANARY-KNOWS",
                k.canBeTold(), k.scenarios(), k.responsibility(), k.acceptedBlame(), "CANARY-OPINION", "CANARY-CAUSE"));
        PreventionAction a = c.prevention().actions().get(0);
        c = c.withPrevention(new Prevention(List.of(new PreventionAction(a.id(), a.what(), a.side(), a.owner(), a.dueOn(), a.state(),
                a.documentProcess(), a.trainFromDocument(), a.doneOn(), List.of(new EffectivenessCheck(null, "CANARY-CHECK", true)))),
                c.prevention().customerAuthority()));
        String content = view.freeze(c, "").content();
        for (String canary : List.of("CANARY-KNOWS", "CANARY-OPINION", "CANARY-CAUSE", "CANARY-CHECK", "internalOpinion")) {
            assertFalse(content.contains(canary), canary + " leaked");
        }
        assertTrue(content.contains("We should have asked how the shirts are cleaned."), "customer-visible text is there");
        assertTrue(content.contains("Order of 40 screen-printed shirts received"));
    }

    @Test
    void freezingIsDeterministicAndTheHashCoversTheContent() {
        CaseFile c = TestCases.fullyPopulated();
        CustomerView.FrozenRevision a = view.freeze(c, "");
        assertEquals(a, view.freeze(c, ""));
        assertEquals(CustomerView.sha256(a.content()), a.sha256());
        assertEquals(64, a.sha256().length());
        CaseFile changed = c.withConclusions(c.conclusions().withAcceptedBlame("We accept all of it."));
        assertNotEquals(a.sha256(), view.freeze(changed, "").sha256());
        CaseFile notesOnly = c.withListen(c.listen().withNotes(List.of()));
        assertEquals(a.sha256(), view.freeze(notesOnly, "").sha256(), "call notes are not part of what is approved");
    }

    @Test
    void theDiffNamesEachChangedField() {
        CaseFile c = TestCases.fullyPopulated();
        String before = view.freeze(c, "").content();
        String after = view.freeze(c.withConclusions(c.conclusions().withAcceptedBlame("We accept all of it."))
                .withFacts(c.facts().subList(0, 1)), "").content();
        List<RevisionDiff.Change> changes = RevisionDiff.between(before, after);
        assertTrue(changes.contains(new RevisionDiff.Change("conclusions.acceptedBlame",
                "We should have asked how the shirts are cleaned.", "We accept all of it.")), changes.toString());
        assertTrue(changes.stream().anyMatch(ch -> ch.path().equals("facts[1].what") && ch.after() == null), "a removed fact");
        assertEquals(List.of(), RevisionDiff.between(before, before));
    }
}
