package io.turnaround.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * {@code --measure-startup}: prints the milliseconds from JVM start to the first frame that
 * shows the loaded case list, then exits. docs/benchmarks.md compares it with a bare window.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void printWhenShown(TurnaroundWindow window, long jvmStartMillis) {
        ChangeListener<Boolean> onLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loaded) {
                if (!loaded) {
                    return;
                }
                obs.removeListener(this);
                var scene = window.stage().getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    // The pulse that laid out the list is the one that renders it.
                    System.out.println("startup-ms " + (System.currentTimeMillis() - jvmStartMillis));
                    Platform.runLater(window::requestClose);
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            }
        };
        window.viewModel().loadedProperty().addListener(onLoaded);
        if (window.viewModel().loadedProperty().get()) {
            onLoaded.changed(window.viewModel().loadedProperty(), false, true);
        }
    }
}
