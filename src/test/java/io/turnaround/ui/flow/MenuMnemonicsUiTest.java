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
        KeyCode[] letters = {KeyCode.F, KeyCode.G, KeyCode.L, KeyCode.V};
        for (int i = 0; i < letters.length; i++) {
            Menu menu = menus.get(i);
            ui.chord(letters[i], KeyCode.ALT);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
            ui.robot.interact(menu::hide);
        }
        assertEquals(List.of("_File", "_Go", "Ca_ll", "_View"), menus.stream().map(Menu::getText).toList());
    }
}
