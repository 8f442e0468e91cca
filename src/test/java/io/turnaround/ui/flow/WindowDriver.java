package io.turnaround.ui.flow;

import io.turnaround.app.TurnaroundWindow;
import io.turnaround.store.Database;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives one real Turnaround window in a UI test. Every lookup stays inside this window (earlier
 * tests' stages hold nodes with the same ids) and waits until the node is on screen.
 */
final class WindowDriver {
    final FxRobot robot = new FxRobot();
    final Database db;
    final TurnaroundWindow window;

    private WindowDriver(Database db, TurnaroundWindow window) {
        this.db = db;
        this.window = window;
    }

    static WindowDriver open(Path dataDir) throws Exception {
        return open(dataDir, io.turnaround.ui.common.CaseSession.AUTOSAVE_DELAY);
    }

    static WindowDriver open(Path dataDir, java.time.Duration autosaveDelay) throws Exception {
        Database db = Database.openIn(dataDir);
        AtomicReference<TurnaroundWindow> opened = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> opened.set(TurnaroundWindow.open(stage, CompletableFuture.completedFuture(db),
                Clock.systemDefaultZone(), Locale.ENGLISH, db::close, true, autosaveDelay)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get().viewModel().loadedProperty().get());
        return new WindowDriver(db, opened.get());
    }

    /** The window on the case file in {@code dataDir}, its file choosers and messages answered by {@code dialogs}. */
    static WindowDriver openAnswering(Path dataDir, AtomicReference<AnsweringDialogs> dialogs) throws Exception {
        return openAnswering(Database.openIn(dataDir), null, dialogs);
    }

    /** The window on a library already open ({@code folder} its data folder, or null for the case file's own), answered. */
    static WindowDriver openAnswering(Database db, Path folder, AtomicReference<AnsweringDialogs> dialogs) throws Exception {
        AtomicReference<TurnaroundWindow> opened = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> opened.set(TurnaroundWindow.open(stage, CompletableFuture.completedFuture(db), folder,
                Clock.systemDefaultZone(), Locale.ENGLISH, db::close, window -> {
                    dialogs.set(new AnsweringDialogs(window));
                    return dialogs.get();
                })));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get().viewModel().loadedProperty().get());
        return new WindowDriver(db, opened.get());
    }

    /** Fires a menu item that opens a dialog which waits for an answer: the test goes on while it shows. */
    void menuLater(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) find("#menu-bar").query();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        WaitForAsyncUtils.asyncFx(item::fire);
    }

    /** Fires a menu item of the window's menu bar, as a click on it would. */
    void menu(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) find("#menu-bar").query();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        if (item.isDisable()) {
            throw new AssertionError(id + " is disabled");
        }
        robot.interact(item::fire);
    }

    /** The window on a library already open (a team library on PostgreSQL), its data folder {@code dataDir}. */
    static WindowDriver open(Database db, Path dataDir) throws Exception {
        AtomicReference<TurnaroundWindow> opened = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> opened.set(TurnaroundWindow.open(stage, CompletableFuture.completedFuture(db), dataDir,
                Clock.systemDefaultZone(), Locale.ENGLISH, db::close, true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get().viewModel().loadedProperty().get());
        return new WindowDriver(db, opened.get());
    }

    NodeQuery find(String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query);
    }

    /** Waits until the node is on screen and enabled in this window, then returns it. */
    Node node(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(query).tryQuery()
                .map(n -> n.getScene() == window.stage().getScene() && n.isVisible() && !n.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return find(query).query();
    }

    /** Focuses the field (as Tab would; it may be scrolled out of sight) and types into it. */
    void type(String query, String text) throws Exception {
        Node field = node(query);
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    /** Presses a button from the keyboard: focus, then Space. */
    void press(String query) throws Exception {
        Node button = node(query);
        robot.interact(button::requestFocus);
        keys(KeyCode.SPACE);
    }

    void keys(KeyCode... codes) {
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void chord(KeyCode key, KeyCode... modifiers) {
        robot.press(modifiers).type(key).release(modifiers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    CaseSession session() {
        return window.viewModel().openCaseProperty().get();
    }

    /** Saves the open case now (started on the FX thread, as the window does) and waits until it is on disk. */
    void flush() throws Exception {
        CompletableFuture<CompletableFuture<Void>> started = new CompletableFuture<>();
        robot.interact(() -> started.complete(session().flush()));
        started.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    /** Closes the window as the user would and waits until everything is saved. */
    void close() throws Exception {
        robot.interact(window::requestClose);
        window.closed().get(10, TimeUnit.SECONDS);
    }
}
