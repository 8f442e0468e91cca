package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.export.pdf.PdfValidation;
import io.turnaround.store.CaseRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A UK FCA complaint and a US CFPB complaint handled in the window from start to end, as a manager would: the firm's
 * rules set once, each complaint's received date typed in, its deadlines read (worked out by hand: see the comments),
 * the letters drafted, exported as PDF/A and email drafts, and recorded as sent.
 */
class RegulatedComplaintUiTest extends WindowTest {
    @TempDir
    Path dir;
    private AtomicReference<AnsweringDialogs> dialogs;

    private <T extends Node> T anywhere(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return ui.robot.lookup(id).query();
    }

    /** Presses a button of the dialog that holds {@code inside} (OK, Close). */
    private void pressDialogButton(Node inside, ButtonType type) {
        ui.robot.interact(() -> {
            Node root = inside.getScene().getRoot();
            DialogPane pane = root instanceof DialogPane p ? p : (DialogPane) root.lookup(".dialog-pane");
            ((Button) pane.lookupButton(type)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseLater(String menuButton, String item) throws Exception {
        MenuButton button = anywhere(menuButton);
        MenuItem choice = button.getItems().stream().filter(i -> item.equals(i.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(choice::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String menuButton, String item) throws Exception {
        MenuButton button = anywhere(menuButton);
        MenuItem choice = button.getItems().stream().filter(i -> item.equals(i.getId())).findFirst().orElseThrow();
        ui.robot.interact(choice::fire);
    }

    /** Fills a field of a dialog (its text replaced, as a paste would). */
    private void typeInto(String id, String text) throws Exception {
        javafx.scene.control.TextInputControl field = anywhere(id);
        ui.robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> deadlines() throws Exception {
        ListView<String> list = anywhere("#complaint-deadlines");
        return List.copyOf(list.getItems());
    }

    private CaseFile stored(long id) {
        return new CaseRepository(ui.db, Clock.systemUTC()).load(id).orElseThrow();
    }

    private void newCaseWithComplaintRecord(String subject) throws Exception {
        ui.chord(KeyCode.N, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null);
        ui.type("#wizard-subject", subject);
        ui.menuLater("menu-complaint");
        anywhere("#complaint-regime");
    }

    /** The letter of {@code item} from the complaint record: drafted, emailed, saved as PDF/A, recorded as sent. */
    private String sendLetter(String item, Path out) throws Exception {
        chooseLater("#complaint-letter-draft", item);
        TextArea body = anywhere("#letter-body");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !body.getText().isBlank());
        String text = body.getText();
        int opened = dialogs.get().opened.size();
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#letter-email").query()).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.get().opened.size() > opened);
        Path eml = dialogs.get().opened.get(dialogs.get().opened.size() - 1);
        assertTrue(eml.getFileName().toString().endsWith(".eml"), eml.toString());
        String mail = Files.readString(eml, StandardCharsets.ISO_8859_1);
        assertTrue(mail.contains("X-Unsent: 1") && mail.contains("application/pdf"), mail);
        dialogs.get().files.add(out);
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#letter-save").query()).fire());
        Path pdf = out.resolve(ui.session().current().header().reference() + "-" + item.substring("complaint-draft-".length()) + ".pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.size(pdf) > 0 && new String(Files.readAllBytes(pdf),
                StandardCharsets.ISO_8859_1).contains("%%EOF"));
        assertEquals(List.of(), PdfValidation.failedArchiveRules(Files.readAllBytes(pdf)), pdf + ": veraPDF PDF/A-2u");
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#letter-sent").query()).fire());
        pressDialogButton(body, ButtonType.CLOSE);
        return text;
    }

    @Test
    void anFcaComplaintAndACfpbComplaintRunFromReceiptToFinalResponse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        dialogs = new AtomicReference<>();
        ui = WindowDriver.openAnswering(dir.resolve("data"), dialogs);

        // View › Complaint rules…: the firm handles complaints under FCA rules, its days ending in London.
        ui.menuLater("menu-complaint-rules");
        ComboBox<Regime> rules = anywhere("#rules-regime");
        ui.robot.interact(() -> rules.setValue(Regime.FCA));
        typeInto("#rules-zone", "Europe/London");
        pressDialogButton(rules, ButtonType.OK);

        // A new case takes the firm's rules; the complaint came in by letter on Friday 20 November 2026 at 10:00.
        newCaseWithComplaintRecord("Card payment taken twice");
        ComboBox<Regime> regime = anywhere("#complaint-regime");
        assertEquals(Regime.FCA, regime.getValue());
        DatePicker received = anywhere("#complaint-received-date");
        ui.robot.interact(() -> received.setValue(LocalDate.of(2026, 11, 20)));
        typeInto("#complaint-received-time", "10:00");
        typeInto("#complaint-product", "Current account");
        typeInto("#complaint-root-cause", "Duplicate card authorisation");
        // Acknowledgement: the next business day, Monday 23 November. Final response: 8 weeks, Friday 15 January 2027.
        List<String> fca = deadlines();
        assertTrue(fca.get(0).startsWith("Acknowledgement: ") && fca.get(0).endsWith("Mon 23 Nov 2026)"), fca.toString());
        assertTrue(fca.stream().anyMatch(l -> l.startsWith("Final response: ") && l.endsWith("Fri 15 Jan 2027")), fca.toString());
        // A payments complaint: 15 business days after 20 November, Friday 11 December.
        ui.robot.interact(() -> ((javafx.scene.control.CheckBox) ui.robot.lookup("#complaint-payments").query()).fire());
        assertTrue(deadlines().stream().anyMatch(l -> l.startsWith("Final response: ") && l.endsWith("(15 business days), Fri 11 Dec 2026")
                || l.startsWith("Final response: ") && l.endsWith("Fri 11 Dec 2026")), deadlines().toString());

        String acknowledgement = sendLetter("complaint-draft-acknowledgement", out);
        assertTrue(acknowledgement.contains("about Current account, which we received on November 20, 2026"), acknowledgement);
        assertTrue(acknowledgement.contains("We will send you our final response by December 11, 2026."), acknowledgement);
        assertTrue(deadlines().get(0).startsWith("Acknowledgement: sent"), deadlines().toString());

        ComboBox<ComplaintOutcome> outcome = anywhere("#complaint-outcome");
        ui.robot.interact(() -> outcome.setValue(ComplaintOutcome.UPHELD));
        typeInto("#complaint-outcome-reasons", "The second payment was our error");
        typeInto("#complaint-redress-amount", "42.50");
        ui.robot.interact(() -> ((javafx.scene.control.CheckBox) ui.robot.lookup("#complaint-redress-paid").query()).setSelected(true));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#complaint-redress-add").query()).fire());
        String finalResponse = sendLetter("complaint-draft-final-response", out);
        assertTrue(finalResponse.contains("we uphold it. The second payment was our error."), finalResponse);
        assertTrue(finalResponse.contains("We paid you ") && finalResponse.contains("42.50"), finalResponse);
        assertTrue(finalResponse.contains("within six months of the date of this letter"), finalResponse);
        assertFalse(finalResponse.contains("Duplicate card authorisation"), "the root cause is internal");
        pressDialogButton(anywhere("#complaint-regime"), ButtonType.CLOSE);
        ui.flush();
        long fcaId = ui.session().current().id();
        Complaint saved = stored(fcaId).complaint();
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), saved.receivedAt(), "10:00 in London (GMT)");
        assertEquals(List.of(LetterKind.ACKNOWLEDGEMENT, LetterKind.FINAL_RESPONSE), saved.letters().stream().map(l -> l.kind()).toList());
        assertEquals(ComplaintOutcome.UPHELD, saved.outcome());
        assertEquals("Duplicate card authorisation", saved.rootCause());

        // A US complaint of the same day: first response within 15 days (Saturday 5 December), final within 60 (19 January).
        newCaseWithComplaintRecord("Overdraft fee charged after a deposit");
        ComboBox<Regime> usRegime = anywhere("#complaint-regime");
        ui.robot.interact(() -> usRegime.setValue(Regime.CFPB));
        DatePicker usReceived = anywhere("#complaint-received-date");
        ui.robot.interact(() -> usReceived.setValue(LocalDate.of(2026, 11, 20)));
        List<String> cfpb = deadlines();
        assertTrue(cfpb.get(0).startsWith("Response (or \"in progress\"): ") && cfpb.get(0).endsWith("Sat 5 Dec 2026"), cfpb.toString());
        assertTrue(cfpb.get(1).startsWith("Final response: ") && cfpb.get(1).endsWith("Tue 19 Jan 2027"), cfpb.toString());
        typeInto("#complaint-delay-reason", "We are waiting for the branch's deposit records");
        String inProgress = sendLetter("complaint-draft-holding-response", out);
        assertTrue(inProgress.contains("Your complaint is in progress."), inProgress);
        assertTrue(inProgress.contains("We will send you our final response by January 19, 2027."), inProgress);
        assertFalse(inProgress.contains("Ombudsman"), inProgress);
        assertTrue(deadlines().get(0).startsWith("Response (or \"in progress\"): sent"), deadlines().toString());
        pressDialogButton(anywhere("#complaint-regime"), ButtonType.CLOSE);
        ui.flush();
        long cfpbId = ui.session().current().id();
        // Its Approval step lists what the rules still require before the final response.
        ui.menu("menu-step-9");
        javafx.scene.control.Label warnings = (javafx.scene.control.Label) ui.node("#approval-complaint-warnings");
        assertTrue(warnings.getText().contains("The outcome is not chosen") && warnings.getText().contains("No root cause is recorded"),
                warnings.getText());

        // The list: the FCA complaint has every letter sent; the CFPB one's final response is due on 19 January (London).
        List<CaseSummary> rows = new CaseRepository(ui.db, Clock.systemUTC()).page(CaseQuery.ALL, null, 0, 10);
        assertNull(rows.stream().filter(r -> r.id() == fcaId).findFirst().orElseThrow().responseDue());
        assertEquals(Instant.parse("2027-01-20T00:00:00Z"), rows.stream().filter(r -> r.id() == cfpbId).findFirst().orElseThrow().responseDue());
        // Back on the list, a Response due column has appeared (a library without complaint deadlines has none).
        ui.menu("menu-cases");
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) ui.node("#case-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getColumns().stream()
                .anyMatch(c -> "case-col-response".equals(c.getId()) && c.isVisible()));
    }
}
