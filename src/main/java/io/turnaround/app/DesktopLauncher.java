package io.turnaround.app;

import io.turnaround.store.Backups;
import io.turnaround.store.Database;
import io.turnaround.store.InstanceLock;
import java.util.Optional;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Starts the window. The case file (and logging) open on their own thread while the JavaFX
 * toolkit starts, so neither waits for the other and the FX thread never touches the disk.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(LaunchOptions options, Path dataDir) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Database> db = new CompletableFuture<>();
        // One writer per data folder: a second window only reads, and says so in its title.
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
        boolean writable = lock.isPresent();
        Thread opener = new Thread(() -> {
            try {
                Database opened = writable ? Database.openIn(dataDir) : Database.openReadOnly(dataDir);
                if (writable) {
                    SampleCase.installOnFirstRun(opened, Clock.systemDefaultZone());
                }
                db.complete(opened);
                if (writable) {
                    dailyBackup(opened, dataDir);
                }
            } catch (RuntimeException e) {
                db.completeExceptionally(e);
            }
        }, "turnaround-open");
        opener.setDaemon(true);
        opener.start();

        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Runnable exit = () -> {
                db.thenAccept(Database::close);
                lock.ifPresent(InstanceLock::close);
                Platform.exit();
            };
            TurnaroundWindow window = TurnaroundWindow.open(new Stage(), db, Clock.systemDefaultZone(), Locale.getDefault(), exit,
                    writable);
            db.whenComplete((ok, failure) -> {
                if (failure != null) {
                    Platform.runLater(() -> refuse(failure, exit));
                }
            });
            if (options.measureStartup()) {
                StartupProbe.printWhenShown(window, jvmStart);
            }
        });
    }

    /** The daily copy, made on the opening thread so nothing waits for it; a failure is logged, never fatal. */
    private static void dailyBackup(Database db, Path dataDir) {
        try {
            new Backups(dataDir).backupIfDue(db, java.time.LocalDate.now());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DesktopLauncher.class).warn("The daily backup failed: {}", e.getClass().getSimpleName());
        }
    }

    /** The case file cannot be used: say why in plain words; the file itself was not touched. */
    private static void refuse(Throwable failure, Runnable exit) {
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage(), ButtonType.CLOSE);
        alert.setTitle("Turnaround");
        alert.setHeaderText("Turnaround cannot open its case file");
        alert.showAndWait();
        exit.run();
    }
}
