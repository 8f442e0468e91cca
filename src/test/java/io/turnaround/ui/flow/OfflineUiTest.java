package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Note;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.CuttableProxy;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.PostgresLibrary;
import io.turnaround.store.TestLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A call on a team library whose network goes, as a manager lives it in the window (a real PostgreSQL server behind a
 * relay the test cuts): the status line says what is typed is safe on this computer, quitting asks nothing, the window
 * started again without the network shows the case and what was typed, and all of it reaches the library when it
 * answers again — the window saying so by itself.
 */
class OfflineUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aCallGoesOnWithoutTheNetworkAndReachesTheLibraryWhenItIsBack() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir.resolve("unused"));
        try (CuttableProxy network = new CuttableProxy(library.port())) {
            String address = "postgresql://postgres@localhost:" + network.port() + "/" + library.database();
            Path data = dir.resolve("data");
            ui = WindowDriver.open(PostgresLibrary.connect(address, null), data);
            ui.chord(KeyCode.N, KeyCode.CONTROL);
            ui.type("#listen-note-input", "Customer says the shirts are size L");
            ui.keys(KeyCode.ENTER);
            ui.flush();
            long id = ui.session().current().id();

            network.cut(); // the Wi-Fi on the train
            ui.type("#listen-note-input", "Promised a replacement by Friday");
            ui.keys(KeyCode.ENTER);
            Label status = (Label) ui.node("#status-line");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Offline \u2014 saved on this computer"));
            assertFalse(status.getStyleClass().contains("status-error"), "safe on this computer is not an error");
            ui.close(); // quits without asking: nothing typed is at risk

            // Started again on the train: the case read before and what was typed offline are there.
            ui = WindowDriver.open(PostgresLibrary.connectOrOffline(address, null), data);
            Label where = (Label) ui.node("#status-library");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> where.getText().startsWith("Offline"));
            TableView<?> table = (TableView<?>) ui.node("#case-table");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
            ui.robot.interact(() -> {
                table.requestFocus();
                table.getSelectionModel().select(0);
            });
            ui.keys(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null);
            assertEquals(List.of("Customer says the shirts are size L", "Promised a replacement by Friday"),
                    ui.session().current().listen().notes().stream().map(Note::text).toList());
            ui.type("#listen-note-input", "Asked for the order number");
            ui.keys(KeyCode.ENTER);
            Label line = (Label) ui.node("#status-line");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> line.getText().startsWith("Offline"));

            network.restore(); // the library answers again: the window notices by itself
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !where.getText().startsWith("Offline"));
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> line.getText().equals("All changes saved"));
            try (Database office = library.open()) {
                assertEquals(List.of("Customer says the shirts are size L", "Promised a replacement by Friday", "Asked for the order number"),
                        new CaseRepository(office, Clock.systemUTC()).load(id).orElseThrow().listen().notes().stream().map(Note::text).toList());
            }
            assertTrue(ui.window.stage().getTitle().contains("team library"));
        }
    }
}
