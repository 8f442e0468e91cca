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
        if (ui != null && ui.window.stage().isShowing()) {
            ui.close();
        }
        FxToolkit.cleanupStages();
    }
}
