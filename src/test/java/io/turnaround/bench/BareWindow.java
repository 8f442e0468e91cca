package io.turnaround.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline for the startup benchmark: a bare JavaFX window of the same size, measured the same way. */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        // The stages the app prints too (io.turnaround.app.StartupTimeline), for installer/bench-startup.sh to compare.
        long toolkitStarted = sinceStart();
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1200, 760);
        stage.setScene(scene);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long total = sinceStart();
            System.out.println("startup-stage toolkit-started " + toolkitStarted);
            System.out.println("startup-stage window-shown " + shown[0]);
            System.out.println("startup-ms " + total);
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.show();
        shown[0] = sinceStart();
    }

    private final long[] shown = {0};

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Launcher kept apart from the Application subclass, as for the app itself. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}
