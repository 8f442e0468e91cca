package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.store.Engine;
import io.turnaround.store.TestLibrary;
import io.turnaround.ui.library.TeamDatabaseDialog;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Team database…: "Test connection" says in plain words what failed or what is there (a real PostgreSQL
 * server), and Connect hands the chosen library over once what was typed is saved.
 */
class TeamDatabaseUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void testConnectionSaysWhatFailedOrWhatIsThereAndConnectHandsTheLibraryOver() throws Exception {
        TestLibrary team = TestLibrary.create(Engine.POSTGRESQL, dir);
        ui = WindowDriver.open(dir.resolve("data"));
        AtomicReference<TeamDatabaseDialog.Choice> chosen = new AtomicReference<>();
        ui.robot.interact(() -> ui.window.onSwitchLibrary("", chosen::set));
        MenuItem item = ((javafx.scene.control.MenuBar) ui.find(".menu-bar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-team-database".equals(i.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire); // the dialog waits for an answer: not inside interact

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup("#team-address").tryQuery().isPresent());
        TextField address = ui.robot.lookup("#team-address").queryAs(TextField.class);
        Label result = ui.robot.lookup("#team-result").queryAs(Label.class);
        Button test = ui.robot.lookup("#team-test").queryAs(Button.class);

        ui.robot.interact(() -> address.setText("postgresql://nobody@localhost:1/none"));
        ui.robot.interact(test::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !result.getText().isEmpty() && !test.isDisabled());
        assertTrue(result.getText().contains("refused the connection") || result.getText().contains("cannot be reached"),
                result.getText());

        ui.robot.interact(() -> address.setText(team.address()));
        ui.robot.interact(test::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> result.getText().startsWith("Connected to"));
        assertTrue(result.getText().contains("an empty database"), result.getText());

        Button connect = (Button) ui.robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Connect")).findFirst().orElseThrow();
        ui.robot.interact(connect::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.get() != null);
        assertEquals(team.address(), ((TeamDatabaseDialog.Team) chosen.get()).address());
    }
}
