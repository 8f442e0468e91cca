package io.turnaround.ui.flow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;

/** The life cycle every UI test shares: one toolkit, and a window closed (saving) and cleaned up after each test. */
abstract class WindowTest {
    /** The window under test, once a test has opened it. */
    protected WindowDriver ui;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        // A file handed to the desktop's opener may still answer with a dialog ("no application opens this file"):
        // wait for the opener, then close every window, so that nothing of this test sits over the next one.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("turnaround-open-file"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (ui != null && ui.window.stage().isShowing()) {
            ui.close();
        }
        FxToolkit.cleanupStages();
        new org.testfx.api.FxRobot().interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null || !(w instanceof javafx.stage.Stage))
                .toList().forEach(javafx.stage.Window::hide));
    }
}
