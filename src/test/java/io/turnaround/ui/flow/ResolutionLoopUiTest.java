package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.app.TurnaroundWindow;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Party;
import io.turnaround.domain.Responsibility;
import io.turnaround.store.AuditLog;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After the call, on a real window: Facts, Conclusions, Resolution, Prevention, Approval; the
 * customer asks for changes, the manager corrects the conclusions, and the second revision is
 * approved. Both revisions remain, the case is read-only, and the audit log verifies.
 */
class ResolutionLoopUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dataDir;
    private TurnaroundWindow window;
    private Database db;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        if (window != null) {
            robot.interact(window::requestClose);
            window.closed().get(10, TimeUnit.SECONDS);
        }
        FxToolkit.cleanupStages();
    }

    private NodeQuery find(String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query);
    }

    private Node node(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(query).tryQuery()
                .map(n -> n.getScene() == window.stage().getScene() && n.isVisible() && !n.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return find(query).query();
    }

    /** Focuses the field (as Tab would; it may be scrolled out of sight) and types into it. */
    private void type(String query, String text) throws Exception {
        Node field = node(query);
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Presses a button from the keyboard: focus, then Space. */
    private void press(String query) throws Exception {
        Node button = node(query);
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void enter(String query, String text) throws Exception {
        type(query, text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> void choose(String query, T value) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = (ComboBox<T>) node(query);
        robot.interact(() -> box.setValue(value));
    }

    private void step(KeyCode digit) {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CaseSession session() {
        return window.viewModel().openCaseProperty().get();
    }

    @Test
    void changesRequestedOnceThenApproved() throws Exception {
        db = Database.openIn(dataDir);
        AtomicReference<TurnaroundWindow> opened = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> opened.set(TurnaroundWindow.open(stage, CompletableFuture.completedFuture(db),
                Clock.systemDefaultZone(), Locale.ENGLISH, db::close)));
        window = opened.get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().loadedProperty().get());
        robot.clickOn(node("#case-list-new"));
        node("#listen-note-input");

        step(KeyCode.DIGIT5);
        enter("#facts-what", "Order of 40 screen-printed shirts received");
        enter("#facts-what", "Shirts re-cured and returned without asking how they are washed");

        step(KeyCode.DIGIT6);
        choose("#conclusions-responsibility", Responsibility.BOTH);
        type("#conclusions-blame", "We re-cured the shirts without asking how they are cleaned.");
        enter("#conclusions-scenario-input", "Ink cured too briefly");

        step(KeyCode.DIGIT7);
        type("#resolution-remedy", "Embroider the 32 affected shirts; we pay the difference");
        press("#resolution-use-suggestion");

        step(KeyCode.DIGIT8);
        type("#prevention-what", "Ask every uniform customer how garments are cleaned");
        type("#prevention-owner", "Sales lead");
        DatePicker due = (DatePicker) node("#prevention-due");
        robot.interact(() -> due.setValue(LocalDate.now().plusDays(30)));
        press("#prevention-add");

        step(KeyCode.DIGIT9);
        type("#approval-party-name", "Chief Ann Miller");
        type("#approval-party-role", "Deputy Chief");
        press("#approval-add-party");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().current().approval().approverPartyId() != null);
        Party chief = session().current().parties().get(0);

        press("#approval-send");
        choose("#approval-response", ApprovalResponse.CHANGES_REQUESTED);
        choose("#approval-responder", chief);
        type("#approval-comments", "The laundry runs at 90 degrees, not 60");
        press("#approval-record");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().current().header().status() == CaseStatus.INVESTIGATING);

        step(KeyCode.DIGIT6);
        type("#conclusions-told", "No print survives washing at 90 degrees; embroidery does.");

        step(KeyCode.DIGIT9);
        press("#approval-send");
        choose("#approval-response", ApprovalResponse.APPROVED);
        choose("#approval-responder", chief);
        press("#approval-record");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session().readOnlyProperty().get());
        node("#wizard-read-only");

        session().flush().get(10, TimeUnit.SECONDS);
        window.viewModel();
        CaseFile c = new CaseRepository(db, Clock.systemUTC()).load(session().current().id()).orElseThrow();
        assertEquals(CaseStatus.APPROVED, c.header().status());
        assertEquals(FairnessPrinciple.BOTH_MADE_MISTAKES, c.resolution().principle());
        assertEquals(List.of(ApprovalResponse.CHANGES_REQUESTED, ApprovalResponse.APPROVED),
                c.approval().revisions().stream().map(ApprovalRevision::response).toList());
        assertTrue(c.approval().revisions().get(1).frozenContent().contains("embroidery does"));
        assertTrue(!c.approval().revisions().get(0).frozenContent().contains("embroidery does"), "revision 1 stays as it was sent");
        assertEquals(2, c.facts().size());
        assertTrue(new AuditLog(db).verify().isEmpty());
    }
}
