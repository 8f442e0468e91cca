package io.turnaround.app;

import io.turnaround.store.Database;
import io.turnaround.store.StoreException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The JavaFX application: opens the case file off the FX thread, then the window. */
public final class TurnaroundApp extends Application {
    private Database db;
    private StoreException openFailure;
    private LaunchOptions options;

    /** Runs on the launcher thread, so the FX thread never waits for the disk. */
    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        Path dataDir = AppPaths.dataDir(options.dataDir());
        try {
            db = Database.openIn(dataDir);
        } catch (StoreException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openFailure.getMessage(), ButtonType.CLOSE);
            alert.setTitle("Turnaround");
            alert.setHeaderText("Turnaround cannot open its case file");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        TurnaroundWindow window = TurnaroundWindow.open(stage, db, Clock.systemDefaultZone(), Locale.getDefault(), () -> {
            db.close();
            Platform.exit();
        });
        if (options.measureStartup()) {
            StartupProbe.printWhenShown(window, ManagementFactory.getRuntimeMXBean().getStartTime());
        }
    }
}
