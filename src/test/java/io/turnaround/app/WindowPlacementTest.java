package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window comes back where it was and as big, but never onto a screen that is gone, nor beyond the screen's edges. */
class WindowPlacementTest {
    @TempDir
    Path dir;

    @Test
    void keptInTheDataFolderAndRestoredOnlyOnAScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        new WindowPlacement(40, 30, 1000, 640, false).save(dir);
        assertTrue(Files.exists(dir.resolve(WindowPlacement.FILE_NAME)));
        assertEquals(Optional.of(new WindowPlacement(40, 30, 1000, 640, false)), WindowPlacement.read(dir));
        assertEquals(Optional.empty(), WindowPlacement.read(dir.resolve("nowhere")));

        Stage stage = FxToolkit.registerStage(Stage::new);
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setMinWidth(600);
            stage.setMinHeight(400);
            stage.setWidth(800);
            stage.setHeight(500);
            WindowPlacement.read(dir).orElseThrow().applyTo(stage);
            assertEquals(1000, stage.getWidth());
            assertEquals(30, stage.getY());
            new WindowPlacement(50_000, 50_000, 900, 600, false).applyTo(stage);
            assertEquals(40, stage.getX(), "a place on a screen that is gone is not restored");
            new WindowPlacement(40, 30, 300, 200, false).applyTo(stage);
            assertEquals(1000, stage.getWidth(), "never smaller than the window allows");
            // Saved on a larger screen: as large as this one allows, and wholly on it.
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            new WindowPlacement(screen.getMaxX() - 300, screen.getMinY() + 60, 900, screen.getHeight() + 200, false).applyTo(stage);
            assertEquals(screen.getMaxX() - 900, stage.getX(), "moved in from the right edge");
            assertEquals(screen.getMinY(), stage.getY());
            assertEquals(900, stage.getWidth());
            assertEquals(screen.getHeight(), stage.getHeight(), "no taller than the screen");
        });
        FxToolkit.cleanupStages();
    }
}
