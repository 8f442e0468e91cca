package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.TestLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team library (a real PostgreSQL server): it says which library is open, shows each case's owner, and
 * "Mine" narrows the list to the cases the manager's role opened; a case opened and typed into is saved there.
 */
class TeamLibraryUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void theWindowNamesTheTeamLibraryShowsOwnersAndMineNarrowsTheList() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        String db = library.address().substring(library.address().lastIndexOf('/') + 1);
        try (Database owner = library.open()) {
            CaseRepository repo = new CaseRepository(owner, Clock.systemUTC());
            repo.create(TestCases.fullyPopulated());
            CaseFile colleague = repo.create(TestCases.fullyPopulated());
            owner.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("UPDATE cases SET owner = 'colleague' WHERE id = " + colleague.id());
                }
                return null;
            });
        }
        ui = WindowDriver.open(library.open(), dir.resolve("data"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.find("#case-list-mine").tryQuery().isPresent());
        assertTrue(ui.window.stage().getTitle().contains("team library postgres@"), ui.window.stage().getTitle());
        assertTrue(((Label) ui.node("#status-library")).getText().endsWith("/" + db));
        TableView<?> table = (TableView<?>) ui.node("#case-table");
        assertEquals(2, table.getItems().size());

        ui.press("#case-list-mine");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ui.press("#case-list-everyone");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        ui.chord(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        ui.type("#listen-note-input", "Said on the shared library");
        ui.flush();
        long id = ui.session().current().id();
        ui.close();
        try (Database again = library.open()) {
            assertEquals("Said on the shared library", new CaseRepository(again, Clock.systemUTC()).load(id).orElseThrow()
                    .listen().noteDraft());
        }
    }

    @Test
    void aCaseIsHandedOverToAColleagueFromTheFileMenu() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        long id;
        try (Database owner = library.open()) {
            id = new CaseRepository(owner, Clock.systemUTC()).create(TestCases.fullyPopulated()).id();
        }
        java.util.concurrent.atomic.AtomicReference<AnsweringDialogs> dialogs = new java.util.concurrent.atomic.AtomicReference<>();
        ui = WindowDriver.openAnswering(library.open(), dir.resolve("data"), dialogs);
        TableView<?> table = (TableView<?>) ui.node("#case-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        ui.robot.interact(() -> table.getSelectionModel().select(0));
        dialogs.get().texts.add("ben");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> menuVisible("menu-handover"));
        ui.menu("menu-handover");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.get().said.stream().anyMatch(s -> s.contains("is now ben\u2019s")));
        try (Database check = library.open()) {
            assertEquals("ben", check.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT owner FROM cases WHERE id = " + id)) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
    }

    private boolean menuVisible(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ui.find("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).anyMatch(i -> id.equals(i.getId()) && i.isVisible());
    }
}
