package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.TextFields;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Step;
import io.turnaround.store.CaseRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case whose every text field holds hostile text — naughty strings, bidi controls, a 10,000-character word,
 * a megabyte in one field — opens, shows every step and takes typing: no exception on the FX thread, and the
 * window answers (a posted task runs) within two seconds after each step change.
 */
class HostileTextUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void everyStepShowsHostileTextAndTheWindowKeepsAnswering() throws Exception {
        List<String> strings = io.turnaround.reliability.HostileStrings.load(new Random(7));
        List<Throwable> errors = new ArrayList<>();
        ui = WindowDriver.open(dataDir);
        ui.robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e)));
        int[] next = {0};
        boolean[] megabytePlaced = {false};
        CaseFile hostile = TextFields.fill(TestCases.fullyPopulated(), (owner, field, internal, current) -> {
            // The megabyte goes into the first call note (a list cell) and the remedy (a text area); every
            // other field takes the next hostile string.
            if (owner == io.turnaround.domain.Note.class && !megabytePlaced[0] || field.getName().equals("remedy")) {
                megabytePlaced[0] |= owner == io.turnaround.domain.Note.class;
                return strings.get(1);
            }
            return strings.get(2 + next[0]++ % (strings.size() - 2));
        });
        hostile = hostile.withHeader(hostile.header().withStatus(CaseStatus.INVESTIGATING).withSubject(strings.get(0)));
        new CaseRepository(ui.db, Clock.systemUTC()).create(hostile);
        String megabyte = hostile.resolution().remedy();
        assertTrue(megabyte.length() >= 1 << 20);
        ui.robot.interact(() -> ui.window.viewModel().refresh());
        ui.robot.doubleClickOn(ui.node("#case-table .table-row-cell"));
        ui.node("#listen-note-input");
        for (Step step : Step.values()) {
            ui.chord(KeyCode.getKeyCode(String.valueOf(step.number())), KeyCode.CONTROL);
            ui.node("#step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            assertTrue(answersWithin(2), step + ": the window answers");
            if (step == Step.RESOLUTION) {
                javafx.scene.control.TextArea remedy = (javafx.scene.control.TextArea) ui.find("#resolution-remedy").query();
                assertTrue(!remedy.isEditable() && remedy.getText().startsWith("This text is too long to edit here"),
                        "a megabyte is shown read-only, in part");
            }
        }
        assertEquals(megabyte, ui.session().current().resolution().remedy(), "the megabyte is kept exactly");
        ui.type("#wizard-subject", "!");
        assertTrue(answersWithin(2), "typing is taken");
        assertTrue(ui.session().current().header().subject().endsWith("!"), "the typed character reached the case");
        assertEquals(List.of(), errors);
    }

    private static boolean answersWithin(int seconds) throws Exception {
        var ran = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(ran::countDown);
        boolean answered = ran.await(seconds, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return answered;
    }
}
