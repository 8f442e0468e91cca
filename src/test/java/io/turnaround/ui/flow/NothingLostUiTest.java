package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.QuestionKind;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Type, then at once change step, close the case, or close the window: what was typed is on
 * disk every time. The autosave delay is stretched to a minute here, so only the flushes that
 * those actions make can have saved it.
 */
class NothingLostUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    private CaseFile stored(long id) {
        try (Database db = Database.openReadOnly(dataDir)) {
            return new CaseRepository(db, Clock.systemUTC()).load(id).orElseThrow();
        }
    }

    @Test
    void typeThenSwitchStepCloseTheCaseOrCloseTheWindowAtOnce() throws Exception {
        ui = WindowDriver.open(dataDir, java.time.Duration.ofMinutes(1));
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.node("#listen-note-input");
        long id = ui.session().current().id();

        // 1. Type an answer and switch step in the same breath.
        ui.chord(KeyCode.DIGIT3, KeyCode.CONTROL);
        ui.type("#ask-biggest-problem", "Shirts peel");
        ui.chord(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Shirts peel".equals(stored(id).ask().answerTo(QuestionKind.BIGGEST_PROBLEM)));

        // 2. Type and close the case at once.
        ui.type("#produce-owner", "Dana");
        ui.chord(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.session() == null);
        ui.node("#case-table");
        assertEquals("Dana", stored(id).produce().commitments().get(0).owner());

        // 3. Open it again, type and close the window at once.
        ui.robot.doubleClickOn(ui.node("#case-table .table-row-cell"));
        ui.node("#listen-note-input");
        ui.type("#wizard-customer", "Rivertown FD");
        ui.close();
        assertEquals("Rivertown FD", stored(id).header().customerOrganisation());
    }
}
