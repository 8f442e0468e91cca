package io.turnaround.ui.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Side;
import io.turnaround.export.CustomerView;
import io.turnaround.store.AuditLog;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalLoopModelTest {
    @TempDir
    Path dir;

    @Test
    void oneChangesRequestedLoopThenApprovalThenReopen() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ApprovalViewModel vm = new ApprovalViewModel(f.session, f.clock, c -> new CustomerView().freeze(c,
                    c.approval().coverText().isBlank() ? "Dear Ann, here is our summary." : c.approval().coverText()));
            vm.nameProperty().set("Chief Ann Miller");
            vm.sideProperty().set(Side.CUSTOMER);
            vm.addParty();
            vm.nameProperty().set("Dana Okafor");
            vm.sideProperty().set(Side.OUR_FIRM);
            vm.addParty();
            String chief = vm.customerParties().get(0).id();
            String dana = vm.parties().get(1).id();
            ApprovalLoopModel loop = vm.loop();
            assertFalse(loop.warnings().isEmpty(), "an empty resolution is warned about");
            assertEquals("approval.error.nothing-pending", loop.answer(ApprovalResponse.APPROVED, chief, ""));

            f.session.update(c -> c.withConclusions(c.conclusions().withAcceptedBlame("We re-cured without asking.")));
            loop.send();
            assertEquals("Dear Ann, here is our summary.", f.session.current().approval().coverText(),
                    "the covering text sent becomes the case's, so the case as sent is that revision");
            assertTrue(loop.canAnswerProperty().get());
            assertFalse(loop.canSendProperty().get());
            assertEquals("approval.error.responder-side", loop.answer(ApprovalResponse.APPROVED, dana, ""));
            assertNull(loop.answer(ApprovalResponse.CHANGES_REQUESTED, chief, "The laundry runs at 90 °C"));

            f.session.update(c -> c.withConclusions(c.conclusions().withAcceptedBlame("We re-cured without asking how they are washed.")));
            loop.send();
            assertNull(loop.answer(ApprovalResponse.APPROVED, chief, "Agreed"));
            assertTrue(f.session.readOnlyProperty().get());
            f.session.update(c -> c.withConclusions(c.conclusions().withAcceptedBlame("edited after approval")));
            assertEquals("We re-cured without asking how they are washed.", f.session.current().conclusions().acceptedBlame(),
                    "an approved case ignores edits");

            List<ApprovalRevision> revisions = loop.revisions();
            assertEquals(2, revisions.size());
            assertEquals(1, loop.diff(revisions.get(0), revisions.get(1)).size());
            assertEquals("conclusions.acceptedBlame", loop.diff(revisions.get(0), revisions.get(1)).get(0).path());

            loop.reopen();
            assertFalse(f.session.readOnlyProperty().get());
            CaseFile stored = f.reloaded();
            assertEquals(CaseStatus.INVESTIGATING, stored.header().status());
            assertEquals(List.of(ApprovalResponse.CHANGES_REQUESTED, ApprovalResponse.APPROVED),
                    stored.approval().revisions().stream().map(ApprovalRevision::response).toList());
            f.settle();
            List<String> actions = new AuditLog(f.db).entries(stored.id()).stream().map(AuditLog.Entry::action)
                    .filter(a -> !a.equals("edited")).toList();
            assertEquals(List.of("created", "sent", "answered", "sent", "answered", "reopened"), actions);
            assertTrue(new AuditLog(f.db).verify().isEmpty());
        }
    }
}
