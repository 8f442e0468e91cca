package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File and Help menus, used as a window user would (each command fired from its menu item; the desktop's file
 * choosers answered): export a case to JSON and import it back, save the summary PDF, draft the email, back up and
 * restore, open the data folder, read the guide and the About box.
 */
class FileMenuUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void everyFileCommandWorksFromItsMenu() throws Exception {
        Path data = dir.resolve("data");
        Path out = Files.createDirectories(dir.resolve("out"));
        CaseFile stored;
        try (var db = io.turnaround.store.Database.openIn(data)) {
            stored = new CaseRepository(db, Clock.systemUTC()).create(TestCases.fullyPopulated());
        }
        AtomicReference<AnsweringDialogs> dialogs = new AtomicReference<>();
        ui = WindowDriver.openAnswering(data, dialogs);

        // Export: the case selected in the list, to a JSON file named after its reference.
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) ui.node("#case-table");
        ui.robot.interact(() -> table.getSelectionModel().select(0));
        dialogs.get().files.add(out);
        ui.menu("menu-export");
        Path json = out.resolve(stored.header().reference() + ".json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(json));
        CaseFile asStored = new CaseRepository(ui.db, Clock.systemUTC()).load(stored.id()).orElseThrow();
        assertEquals(asStored, new CaseJson().read(Files.readString(json, StandardCharsets.UTF_8)).withId(stored.id()), "the case, every part of it");

        // Import it back: stored as a new case under the next reference (its own is taken), opened, and said so.
        dialogs.get().files.add(json);
        ui.menu("menu-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null);
        CaseFile imported = ui.session().current();
        assertTrue(imported.id() != stored.id());
        assertEquals(stored.listen().notes(), imported.listen().notes());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs.get().said.stream()
                .anyMatch(s -> s.contains("reference " + stored.header().reference() + " is already taken")));

        // A file that is not a case: refused in plain words, nothing stored.
        Path notACase = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        dialogs.get().files.add(notACase);
        ui.menu("menu-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.get().said.stream()
                .anyMatch(s -> s.contains("notes.json: Not a Turnaround case file")));

        // The summary PDF, from File › Save summary PDF…: the dialog opens ready, Enter saves.
        dialogs.get().files.add(out);
        ui.menu("menu-save-pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready("#summary-save-pdf"));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#summary-save-pdf").query()).fire()); // Enter, on the default button
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pdfs(out).size() == 1);
        assertTrue(new String(Files.readAllBytes(pdfs(out).get(0)), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#summary-close").query()).fire());

        // The email to all parties: drafted, and handed to the desktop's mail program.
        ui.menu("menu-email");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ready("#summary-email"));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#summary-email").query()).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.get().opened.stream().anyMatch(p -> p.toString().endsWith(".eml")));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#summary-close").query()).fire());

        // The data folder, in the file manager.
        ui.menu("menu-data-folder");
        assertTrue(dialogs.get().opened.contains(data.toAbsolutePath()) || dialogs.get().opened.contains(data), dialogs.get().opened.toString());

        // Backups: back up now, then restore it (after saying what is replaced and that the current file is kept).
        List<Path> restored = new java.util.concurrent.CopyOnWriteArrayList<>();
        ui.window.onRestore(restored::add);
        ui.menu("menu-backups");
        Button now = (Button) inDialog("#backups-now");
        ui.robot.interact(now::fire);
        ListView<?> list = (ListView<?>) inDialog("#backups-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        Path backup = data.resolve("backups").resolve("turnaround-" + LocalDate.now() + ".db");
        assertTrue(Files.exists(backup));
        ui.robot.interact(() -> list.getSelectionModel().select(0));
        ui.robot.interact(() -> ((Button) ui.robot.lookup("#backups-restore").query()).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> restored.size() == 1);
        assertEquals(backup, restored.get(0));
        assertTrue(dialogs.get().said.stream().anyMatch(s -> s.contains("kept in the data folder")), "what is replaced and what is kept");
    }

    @Test
    void theGuideAndTheAboutBoxOpenFromTheHelpMenu() throws Exception {
        AtomicReference<AnsweringDialogs> dialogs = new AtomicReference<>();
        ui = WindowDriver.openAnswering(dir.resolve("data"), dialogs);
        ui.menu("menu-help-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup("#guide-page").tryQuery().isPresent());
        javafx.scene.layout.VBox page = ui.robot.lookup("#guide-page").queryAs(javafx.scene.layout.VBox.class);
        assertTrue(page.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.image.ImageView), "the guide is illustrated");
        assertTrue(page.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().equals("On the call: Listen, Empathize, Ask, Produce")));

        ui.menuLater("menu-help-about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup("#about-dialog").tryQuery().isPresent());
        javafx.scene.control.Label text = ui.robot.lookup("#about-text").queryAs(javafx.scene.control.Label.class);
        assertTrue(text.getText().contains(dir.resolve("data").toString()), text.getText());
        javafx.scene.control.TextArea licences = ui.robot.lookup("#about-licences").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(licences.getText().contains("SIL Open Font License 1.1") && licences.getText().contains("Apache PDFBox"));
        javafx.scene.control.DialogPane about = ui.robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class);
        ui.robot.interact(() -> ((Button) about.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire());
        assertFalse(ui.robot.lookup("#about-dialog").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
    }

    /** A node of a dialog over the window, once it shows. */
    private javafx.scene.Node inDialog(String id) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup(id).tryQuery().isPresent());
        return ui.robot.lookup(id).query();
    }

    /** The button the summary dialog opened ready for: focused in its window, and the one Enter presses. */
    private boolean ready(String id) {
        return ui.robot.lookup(id).tryQuery().map(n -> n.getScene().getFocusOwner() == n && ((Button) n).isDefaultButton()).orElse(false);
    }

    private static List<Path> pdfs(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
    }
}
