package io.turnaround.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The thread the window lives on. Everything that reads or changes what the window shows runs here; results of
 * background work are handed here by {@link BackgroundTasks}. The one place that calls {@code Platform.runLater}.
 */
public interface UiThread extends Executor {
    /** True when the calling thread is this one. */
    boolean isCurrent();

    /** The JavaFX application thread. */
    static UiThread fx() {
        return new UiThread() {
            @Override
            public void execute(Runnable action) {
                Platform.runLater(action);
            }

            @Override
            public boolean isCurrent() {
                return Platform.isFxApplicationThread();
            }
        };
    }
}
