package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Party;
import io.turnaround.domain.Responsibility;
import io.turnaround.store.AuditLog;
import io.turnaround.store.CaseRepository;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After the call, on a real window: Facts, Conclusions, Resolution, Prevention, Approval; the
 * customer asks for changes, the manager corrects the conclusions, and the second revision is
 * approved. Both revisions remain, the case is read-only, and the audit log verifies.
 */
class ResolutionLoopUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    private void enter(String query, String text) throws Exception {
        ui.type(query, text);
        ui.keys(KeyCode.ENTER);
    }

    private <T> void choose(String query, T value) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = (ComboBox<T>) ui.node(query);
        ui.robot.interact(() -> box.setValue(value));
    }

    private void step(KeyCode digit) {
        ui.chord(digit, KeyCode.CONTROL);
    }

    private CaseSession session() {
        return ui.session();
    }

    @Test
    void changesRequestedOnceThenApproved() throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.robot.clickOn(ui.node("#case-list-new"));
        ui.node("#listen-note-input");

        step(KeyCode.DIGIT5);
        enter("#facts-what", "Order of 40 screen-printed shirts received");
        enter("#facts-what", "Shirts re-cured and returned without asking how they are washed");

        step(KeyCode.DIGIT6);
        choose("#conclusions-responsibility", Responsibility.BOTH);
        ui.type("#conclusions-blame", "We re-cured the shirts without asking how they are cleaned.");
        enter("#conclusions-scenario-input", "Ink cured too briefly");

        step(KeyCode.DIGIT7);
        ui.type("#resolution-remedy", "Embroider the 32 affected shirts; we pay the difference");
        ui.press("#resolution-use-suggestion");

        step(KeyCode.DIGIT8);
        ui.type("#prevention-what", "Ask every uniform customer how garments are cleaned");
        ui.type("#prevention-owner", "Sales lead");
        DatePicker due = (DatePicker) ui.node("#prevention-due");
        ui.robot.interact(() -> due.setValue(LocalDate.now().plusDays(30)));
        ui.press("#prevention-add");

        step(KeyCode.DIGIT9);
        ui.type("#approval-party-name", "Chief Ann Miller");
        ui.type("#approval-party-role", "Deputy Chief");
        ui.press("#approval-add-party");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().current().approval().approverPartyId() != null);
        Party chief = session().current().parties().get(0);

        assertEquals(CaseStatus.OPEN_ON_CALL, headerStatus());
        ui.press("#approval-send");
        headerSays(CaseStatus.AWAITING_APPROVAL); // the header follows the case at once, not after reopening it
        choose("#approval-response", ApprovalResponse.CHANGES_REQUESTED);
        choose("#approval-responder", chief);
        ui.type("#approval-comments", "The laundry runs at 90 degrees, not 60");
        ui.press("#approval-record");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().current().header().status() == CaseStatus.INVESTIGATING);
        headerSays(CaseStatus.INVESTIGATING);

        step(KeyCode.DIGIT6);
        ui.type("#conclusions-told", "No print survives washing at 90 degrees; embroidery does.");

        step(KeyCode.DIGIT9);
        ui.press("#approval-send");
        choose("#approval-response", ApprovalResponse.APPROVED);
        choose("#approval-responder", chief);
        ui.press("#approval-record");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().readOnlyProperty().get());
        ui.node("#wizard-read-only");
        headerSays(CaseStatus.APPROVED);

        ui.flush();
        CaseFile c = new CaseRepository(ui.db, Clock.systemUTC()).load(session().current().id()).orElseThrow();
        assertEquals(CaseStatus.APPROVED, c.header().status());
        assertEquals(FairnessPrinciple.BOTH_MADE_MISTAKES, c.resolution().principle());
        assertEquals(List.of(ApprovalResponse.CHANGES_REQUESTED, ApprovalResponse.APPROVED),
                c.approval().revisions().stream().map(ApprovalRevision::response).toList());
        assertTrue(c.approval().revisions().get(1).frozenContent().contains("embroidery does"));
        assertTrue(!c.approval().revisions().get(0).frozenContent().contains("embroidery does"), "revision 1 stays as it was sent");
        assertEquals(2, c.facts().size());
        assertTrue(new AuditLog(ui.db).verify().isEmpty());
    }

    /** The status shown in the case's header. */
    private CaseStatus headerStatus() throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<CaseStatus> status = (javafx.scene.control.ComboBox<CaseStatus>) ui.find("#wizard-status").query();
        return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<CaseStatus>) status::getValue).get(5, TimeUnit.SECONDS);
    }

    private void headerSays(CaseStatus expected) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, headerStatus());
    }
}
