package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A choice made from the keyboard is stored like a click: the stance questions answered with Space and the arrow keys. */
class KeyboardChoicesUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    /** A new case, on the step Ctrl+digit goes to. */
    private void newCaseAt(KeyCode step) throws Exception {
        ui = WindowDriver.open(dataDir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        ui.chord(step, KeyCode.CONTROL);
    }

    @Test
    void theStanceQuestionsAnsweredWithTheArrowKeysAreStored() throws Exception {
        newCaseAt(KeyCode.DIGIT7);
        ui.press("#resolution-q-quick-yes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ui.session().current().resolution().factsQuickToAssess()));
        ui.keys(KeyCode.RIGHT); // moves the selection to "No" without a click
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Boolean.FALSE.equals(ui.session().current().resolution().factsQuickToAssess()));
        assertEquals(Boolean.FALSE, ui.session().current().resolution().factsQuickToAssess());
    }

    @Test
    void spaceTicksTheFactWithTheFocusRingInAScenariosEvidence() throws Exception {
        String fact = oneFactAndOneScenario();
        ui.robot.interact(() -> ((javafx.scene.control.TableView<?>) ui.find("#conclusions-scenarios").query())
                .getSelectionModel().select(0));
        javafx.scene.control.ListView<?> evidence = (javafx.scene.control.ListView<?>) ui.node("#conclusions-scenario-evidence");
        ui.robot.interact(() -> {
            evidence.requestFocus();
            evidence.getFocusModel().focus(0);
        });
        ui.keys(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> ui.session().current().conclusions().scenarios().get(0).evidenceFactIds().contains(fact));
    }

    /** A new case with one fact (its id returned) and, on Conclusions, one scenario entered. */
    private String oneFactAndOneScenario() throws Exception {
        newCaseAt(KeyCode.DIGIT5);
        ui.type("#facts-what", "Gowns delivered with torn seams");
        ui.press("#facts-add");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().facts().size() == 1);
        String fact = ui.session().current().facts().get(0).id();
        ui.chord(KeyCode.DIGIT6, KeyCode.CONTROL);
        ui.type("#conclusions-scenario-input", "Seams weakened in the laundry");
        ui.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session().current().conclusions().scenarios().size() == 1);
        return fact;
    }

    /** Tab and Shift+Tab between a scenario's reason and its evidence: nothing typed is lost, Space ticks, both stored. */
    @Test
    void tabbingBetweenTheReasonAndTheEvidenceKeepsWhatWasTyped() throws Exception {
        String fact = oneFactAndOneScenario();
        ui.type("#conclusions-scenario-input", "A second explanation, not entered yet");
        ui.type("#conclusions-scenario-reason", "Washed at 90 degrees");
        ui.keys(KeyCode.TAB); // into the evidence
        ui.keys(KeyCode.SPACE);
        ui.chord(KeyCode.TAB, KeyCode.SHIFT); // back to the reason
        ui.keys(KeyCode.END);
        ui.robot.write(", twice");
        ui.flush();
        var scenario = ui.session().current().conclusions().scenarios().get(0);
        assertEquals("Washed at 90 degrees, twice", scenario.reason());
        assertEquals(java.util.List.of(fact), scenario.evidenceFactIds());
        assertEquals("A second explanation, not entered yet",
                ((javafx.scene.control.TextInputControl) ui.node("#conclusions-scenario-input")).getText());
        assertEquals("A second explanation, not entered yet",
                ui.session().current().draft(io.turnaround.domain.DraftField.SCENARIO));
    }
}
