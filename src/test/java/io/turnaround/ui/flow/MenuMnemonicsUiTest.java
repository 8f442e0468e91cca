package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Each menu opens from the keyboard with Alt and its underlined letter, as desktop users expect. */
class MenuMnemonicsUiTest extends WindowTest {
    @TempDir
    Path dataDir;

    @Test
    void altAndTheUnderlinedLetterOpenEachMenu() throws Exception {
        ui = WindowDriver.open(dataDir);
        List<Menu> menus = ((MenuBar) ui.node(".menu-bar")).getMenus();
        KeyCode[] letters = {KeyCode.F, KeyCode.G, KeyCode.L, KeyCode.V, KeyCode.H};
        for (int i = 0; i < letters.length; i++) {
            Menu menu = menus.get(i);
            ui.chord(letters[i], KeyCode.ALT);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
            ui.robot.interact(menu::hide);
        }
        assertEquals(List.of("_File", "_Go", "Ca_ll", "_View", "_Help"), menus.stream().map(Menu::getText).toList());
    }

    /** F1: every accelerator of every menu, read from the menus, so the sheet cannot drift from them. */
    @Test
    void f1ShowsEveryMenuAcceleratorReadFromTheMenus() throws Exception {
        ui = WindowDriver.open(dataDir);
        List<Menu> menus = ((MenuBar) ui.node(".menu-bar")).getMenus();
        long accelerated = menus.stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> i.getAccelerator() != null).count();
        ui.keys(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.robot.lookup("#keyboard-sheet").tryQuery().isPresent());
        javafx.scene.control.TableView<?> sheet = ui.robot.lookup("#keyboard-sheet").queryAs(javafx.scene.control.TableView.class);
        assertEquals(accelerated, sheet.getItems().size());
        java.util.List<String> lines = sheet.getItems().stream().map(Object::toString).toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains("Row[menu=Go, command=1  Listen, keys=Ctrl+1]"), lines.toString());
        org.junit.jupiter.api.Assertions.assertTrue(lines.contains("Row[menu=View › Text size, command=Larger text, keys=Ctrl+=]"),
                lines.toString());
        ui.robot.interact(() -> ((javafx.stage.Stage) sheet.getScene().getWindow()).close());
    }
}
