package io.turnaround.reliability;

import io.turnaround.app.TurnaroundWindow;
import io.turnaround.domain.Step;
import io.turnaround.store.Database;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The process {@link WindowCrashTest} kills: the real window (headless), typed into through the UI as a manager would,
 * in the note line and the add-lines of Ask, Produce, Facts and Conclusions, moving between steps with Ctrl+digit and
 * now and then pressing Enter. It prints what each field holds after every keystroke ("T FIELD text"), what Enter added
 * ("E FIELD text"), the step it moved to ("S STEP"), every page the window showed, the moment it did ("P STEP") and, once
 * the window is up, the case and step it opened on
 * ("open ID STEP", "open none" when nothing was reopened).
 */
public final class WindowCrashChild {
    /** A field typed into: where it is, its step's Ctrl+digit, and whether Enter adds what it holds. */
    enum Target {
        NOTE("#listen-note-input", Step.LISTEN, true),
        ASK_QUESTION("#ask-new-question", Step.ASK, true),
        ASK_PROBLEM("#ask-problem-input", Step.ASK, true),
        ASK_CHECK_DOWN("#ask-checkdown-input", Step.ASK, true),
        PRODUCE_EXPECTATION("#produce-expectation-input", Step.PRODUCE, true),
        FACT_WHAT("#facts-what", Step.FACTS, false),
        SCENARIO("#conclusions-scenario-input", Step.CONCLUSIONS, true);

        final String query;
        final Step step;
        final boolean enterAdds;

        Target(String query, Step step, boolean enterAdds) {
            this.query = query;
            this.step = step;
            this.enterAdds = enterAdds;
        }
    }

    private static final String[] WORDS = {"gowns", "seams", "torn", "ward", "delivery", "Friday", "two", "hundred", "batch",
        "invoice", "surgeons", "theatre", "replacement", "shoulder", "stitching", "urgent", "director", "purchasing"};

    private final FxRobot robot = new FxRobot();
    private final TurnaroundWindow window;
    private final Random random;

    private WindowCrashChild(TurnaroundWindow window, Random random) {
        this.window = window;
        this.random = random;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        FxToolkit.registerPrimaryStage();
        Database db = Database.openIn(dir);
        AtomicReference<TurnaroundWindow> opened = new AtomicReference<>();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> opened.set(TurnaroundWindow.open(stage, CompletableFuture.completedFuture(db),
                Clock.systemDefaultZone(), Locale.ENGLISH, db::close, true)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get().viewModel().loadedProperty().get());
        // Every page the window shows, as it changes ("P STEP"): what the window did, beside what the child asked of it.
        WaitForAsyncUtils.asyncFx(() -> opened.get().viewModel().pageProperty().addListener((o, was, page) ->
                report("P " + (page.step() == null ? page.kind() : page.step())))).get(10, TimeUnit.SECONDS);
        new WindowCrashChild(opened.get(), random).run();
    }

    private void run() throws Exception {
        // A case open at a crash comes back on its own; give it the time a slow start takes.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && (session() == null || shownStep().isEmpty())) {
            Thread.sleep(20);
        }
        WaitForAsyncUtils.waitForFxEvents();
        if (session() == null) {
            report("open none");
            chord(KeyCode.N); // the first start: a new case, the call started
            node(Target.NOTE.query);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            report("S " + Step.LISTEN);
        } else {
            report("open " + session().current().id() + " " + shownStep().map(Enum::name).orElse("none"));
        }
        report("ready");
        Target[] targets = Target.values();
        while (true) {
            Target target = targets[random.nextInt(targets.length)];
            goTo(target.step);
            TextInputControl field = (TextInputControl) node(target.query);
            robot.interact(field::requestFocus);
            robot.type(KeyCode.END); // focus may select what is there: type after it, never over it
            int words = 2 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                String word = (w == 0 && read(field).isEmpty() ? "" : " ") + WORDS[random.nextInt(WORDS.length)] + random.nextInt(100);
                for (char ch : word.toCharArray()) {
                    robot.write(ch);
                    report("T " + target + " " + read(field));
                    Thread.sleep(random.nextInt(40));
                }
            }
            if (target.enterAdds && random.nextInt(3) == 0) {
                String entered = read(field).strip();
                robot.type(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                if (!entered.isEmpty() && read(field).isEmpty()) {
                    report("E " + target + " " + entered);
                }
            }
        }
    }

    private void goTo(Step step) throws Exception {
        if (shownStep().orElse(null) != step) {
            chord(KeyCode.getKeyCode(String.valueOf(step.number())));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownStep().orElse(null) == step);
            report("S " + step);
        }
    }

    private void chord(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CaseSession session() {
        try {
            return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<CaseSession>) () -> window.viewModel().openCaseProperty().get())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The step the window shows, read on the FX thread from the window's own state: read from another thread while the
     * FX thread is opening a case, the scene can still show Listen for an instant before the step it reopens.
     */
    private Optional<Step> shownStep() {
        try {
            return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Optional<Step>>) () ->
                    Optional.ofNullable(window.viewModel().pageProperty().get().step())).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Node node(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(window.stage().getScene().getRoot()).lookup(query).tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        return robot.from(window.stage().getScene().getRoot()).lookup(query).query();
    }

    private static String read(TextInputControl field) throws Exception {
        return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) field::getText).get(10, TimeUnit.SECONDS);
    }

    private static void report(String line) {
        System.out.println(line.replace('\n', ' '));
        System.out.flush();
    }
}
