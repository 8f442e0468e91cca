package io.turnaround.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * {@code --measure-startup}: prints the milliseconds from JVM start to the first frame that
 * shows the loaded case list (and the stages on the way), then exits. docs/benchmarks.md compares it with a bare window.
 */
final class StartupProbe {
    private static final io.turnaround.ui.common.UiThread UI = io.turnaround.ui.common.UiThread.fx();
    private StartupProbe() {
    }

    /** Also prints, before the total, when each stage of the start was reached ({@link StartupTimeline}). */
    static void printWhenShown(TurnaroundWindow window, StartupTimeline timeline) {
        var scene = window.stage().getScene();
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePreLayoutPulseListener(firstPulse[0]);
            timeline.mark("first-pulse");
        };
        scene.addPreLayoutPulseListener(firstPulse[0]);
        ChangeListener<Boolean> onLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loaded) {
                if (!loaded) {
                    return;
                }
                obs.removeListener(this);
                timeline.mark("rows-arrived");
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    // The pulse that laid out the list is the one that renders it.
                    long total = timeline.sinceStart();
                    timeline.lines().forEach(System.out::println);
                    System.out.println("startup-ms " + total);
                    UI.execute(window::requestClose);
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

    /**
     * {@code --measure-list-memory}: once the list is loaded, scrolls it from the first case to the last, a screen
     * at a time (each screen's rows read before the next), waits five seconds, then prints the process's resident memory and its peak (Linux), the Java heap in
     * use, and exits.
     */
    static void scrollListThenPrintMemory(TurnaroundWindow window) {
        window.viewModel().loadedProperty().addListener((obs, was, loaded) -> {
            if (!loaded) {
                return;
            }
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<Object> table = (javafx.scene.control.TableView<Object>)
                    window.stage().getScene().getRoot().lookup("#case-table");
            int rows = table.getItems().size();
            int[] at = {0};
            Runnable[] step = new Runnable[1];
            step[0] = () -> {
                if (at[0] > 0 && table.getItems().get(at[0] - 1) == null) {
                    // The list reads a page at a time: the screen just shown is read before the next one.
                    javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(5));
                    wait.setOnFinished(e -> step[0].run());
                    wait.play();
                    return;
                }
                at[0] = Math.min(rows, at[0] + 40);
                table.scrollTo(Math.max(0, at[0] - 1));
                if (at[0] < rows) {
                    UI.execute(step[0]);
                } else {
                    // Then five idle seconds, as when the user stops to read: the collector hands back what the scrolling
                    // no longer uses (G1's periodic collection, switched on a second after the list is drawn), as in use.
                    javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
                    settle.setOnFinished(e -> {
                        Runtime rt = Runtime.getRuntime();
                        System.out.println("list-rows " + rows);
                        System.out.println("list-heap-mb " + (rt.totalMemory() - rt.freeMemory()) / (1 << 20));
                        System.out.println("list-rss-mb " + statusMegabytes("VmRSS:"));
                        System.out.println("list-peak-rss-mb " + statusMegabytes("VmHWM:"));
                        System.out.flush();
                        sleepFor(Long.getLong("turnaround.probe.hold-ms", 0));
                        window.requestClose();
                    });
                    settle.play();
                }
            };
            UI.execute(step[0]);
        });
    }

    /** A figure of /proc/self/status (Linux), in megabytes; -1 elsewhere. */
    private static long statusMegabytes(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Keeps the process up for a look from outside (jcmd, pmap) when diagnosing memory. */
    private static void sleepFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
