package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalFlowTest {
    private static final Instant T = Instant.parse("2026-03-20T10:00:00Z");

    /** The full sample with its revisions answered, ready for another loop. */
    private static CaseFile ready() {
        CaseFile c = TestCases.fullyPopulated();
        return c.withApproval(new Approval("p-chief", List.of(c.approval().revisions().get(0))))
                .withHeader(c.header().withStatus(CaseStatus.INVESTIGATING));
    }

    @Test
    void warningsNameWhatIsMissingWithoutBlocking() {
        CaseFile empty = CaseFile.start("", "", "", T);
        assertEquals(EnumSet.of(ApprovalWarning.NO_FACTS, ApprovalWarning.NO_KEPT_SCENARIO, ApprovalWarning.NO_RESPONSIBILITY,
                ApprovalWarning.NO_REMEDY, ApprovalWarning.NO_PRINCIPLE, ApprovalWarning.NO_PREVENTION, ApprovalWarning.NO_APPROVER,
                ApprovalWarning.NO_NEXT_CONTACT), ApprovalFlow.warnings(empty));
        assertEquals(EnumSet.of(ApprovalWarning.ACTION_WITHOUT_OWNER_OR_DUE_DATE), ApprovalFlow.warnings(ready()),
                "the sample has one action without a due date");
        CaseFile ourApprover = ready().withApproval(new Approval("p-ours", ready().approval().revisions()));
        assertTrue(ApprovalFlow.warnings(ourApprover).contains(ApprovalWarning.APPROVER_NOT_ON_CUSTOMER_SIDE));
        CaseFile sent = ApprovalFlow.send(empty, "{}", "00", T);
        assertEquals(1, sent.approval().revisions().size(), "warnings never block sending");
    }

    @Test
    void theLoopRunsUntilTheCustomerApproves() {
        CaseFile c = ApprovalFlow.send(ready(), "{\"rev\":2}", "aa", T);
        assertEquals(2, c.approval().latest().orElseThrow().number());
        assertEquals(CaseStatus.AWAITING_APPROVAL, c.header().status());
        CaseFile sentAgain = c;
        assertThrows(IllegalStateException.class, () -> ApprovalFlow.send(sentAgain, "{}", "bb", T), "one open revision at a time");

        c = ApprovalFlow.respond(c, ApprovalResponse.CHANGES_REQUESTED, "p-chief", T.plusSeconds(60), " Laundry is 90 °C ");
        assertEquals(CaseStatus.INVESTIGATING, c.header().status());
        assertEquals("Laundry is 90 °C", c.approval().latest().orElseThrow().comments());
        assertFalse(ApprovalFlow.isReadOnly(c));

        c = ApprovalFlow.send(c, "{\"rev\":3}", "cc", T.plusSeconds(120));
        c = ApprovalFlow.respond(c, ApprovalResponse.APPROVED, "p-chief", T.plusSeconds(180), "Agreed");
        assertEquals(CaseStatus.APPROVED, c.header().status());
        assertTrue(ApprovalFlow.isReadOnly(c));
        assertTrue(c.approval().isApproved());
        assertEquals(List.of(1, 2, 3), c.approval().revisions().stream().map(ApprovalRevision::number).toList(), "every loop kept");
        CaseFile approved = c;
        assertThrows(IllegalStateException.class, () -> ApprovalFlow.send(approved, "{}", "dd", T), "reopen first");

        c = ApprovalFlow.reopen(c);
        assertEquals(CaseStatus.INVESTIGATING, c.header().status());
        assertEquals(4, ApprovalFlow.send(c, "{}", "ee", T).approval().latest().orElseThrow().number(), "a new revision");
    }

    @Test
    void onlySomeoneOnTheCustomersSideAnswers() {
        CaseFile c = ApprovalFlow.send(ready(), "{}", "aa", T);
        assertThrows(IllegalArgumentException.class, () -> ApprovalFlow.respond(c, ApprovalResponse.APPROVED, "p-ours", T, ""));
        assertThrows(IllegalArgumentException.class, () -> ApprovalFlow.respond(c, ApprovalResponse.APPROVED, "nobody", T, ""));
        assertThrows(IllegalArgumentException.class, () -> ApprovalFlow.respond(c, ApprovalResponse.PENDING, "p-chief", T, ""));
        assertThrows(IllegalStateException.class, () -> ApprovalFlow.respond(ready(), ApprovalResponse.APPROVED, "p-chief", T, ""));
    }
}
