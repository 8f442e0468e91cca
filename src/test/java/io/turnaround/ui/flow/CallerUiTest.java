package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import io.turnaround.domain.Step;
import io.turnaround.store.CaseRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call from the first second: the caller's name and phone typed in the case header on Listen make them a party of
 * the case (the customer's side, receiving the summary), and People involved is one click away from every step.
 */
class CallerUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void theCallerTypedInTheHeaderIsAPartyAndPeopleInvolvedIsAClickAway() throws Exception {
        ui = WindowDriver.open(dir);
        ui.chord(KeyCode.N, KeyCode.CONTROL);
        ui.type("#wizard-customer", "Harbor City Schools");
        ui.type("#wizard-caller", "Dana Whitfield");
        ui.type("#wizard-caller-phone", "+1 555 0142");
        ui.flush();
        long id = ui.session().current().id();
        Party caller = new CaseRepository(ui.db, Clock.systemUTC()).load(id).orElseThrow().parties().get(0);
        assertEquals("Dana Whitfield", caller.name());
        assertEquals("+1 555 0142", caller.phone());
        assertEquals("Harbor City Schools", caller.organisation());
        assertEquals(Side.CUSTOMER, caller.side());
        assertTrue(caller.receivesSummary());

        Button people = (Button) ui.node("#wizard-people");
        assertEquals("People (1)…", people.getText());
        ui.press("#wizard-people");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.window.viewModel().pageProperty().get().step() == Step.APPROVAL);
        javafx.scene.control.TableView<?> parties = (javafx.scene.control.TableView<?>) ui.node("#approval-parties");
        assertEquals(1, parties.getItems().size(), "People involved lists the caller");
    }
}
