package io.turnaround.app;

import io.turnaround.store.AttachmentFiles;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.CaseStore;
import io.turnaround.store.Database;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.FxDialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.SettingsModel;
import io.turnaround.ui.common.Theme;
import io.turnaround.ui.main.MainView;
import io.turnaround.ui.main.MainViewModel;
import io.turnaround.ui.facts.FactFiles;
import io.turnaround.ui.produce.Workload;
import io.turnaround.ui.settings.SettingsDialog;
import io.turnaround.ui.wizard.StepFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import io.turnaround.export.SummaryExporter;
import io.turnaround.export.pdf.PdfFonts;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.summary.SummaryDialog;
import io.turnaround.ui.summary.SummaryViewModel;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The one place the window's parts are wired together: store, background worker, view models
 * and views. Used by {@link DesktopLauncher} and, with a test stage, by the UI tests.
 */
public final class TurnaroundWindow {
    private final Stage stage;
    /** The data folder, once the library is open: attachments, logs, where the window was. */
    private final CompletableFuture<Path> dataDir;
    private final BackgroundTasks tasks;
    private final MainViewModel main;
    private final SettingsModel settings;
    /** The case and step open now, kept until a normal quit: after a crash the next start opens them again. */
    private static final io.turnaround.domain.SettingKey RESUME_CASE = io.turnaround.domain.SettingKey.RESUME_CASE;
    private static final io.turnaround.domain.SettingKey RESUME_STEP = io.turnaround.domain.SettingKey.RESUME_STEP;
    private final io.turnaround.ui.common.Appearance appearance = new io.turnaround.ui.common.Appearance();
    private final Runnable onExit;
    private final MainView mainView;
    private final I18n i18n;
    private final io.turnaround.ui.caselist.WelcomeModel welcome;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Set when the launcher closes a case file found damaged: what fails after that is not the user's to read. */
    private final java.util.concurrent.atomic.AtomicBoolean fileWithdrawn = new java.util.concurrent.atomic.AtomicBoolean();
    /** The library's data folder and backups, as the File menu reaches them. */
    private final WindowFiles files;

    private TurnaroundWindow(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale, Runnable onExit,
                             boolean writable, java.time.Duration autosaveDelay, java.util.function.UnaryOperator<DialogService> around) {
        this.stage = stage;
        this.onExit = onExit;
        I18n i18n = new I18n(locale);
        this.i18n = i18n;
        this.tasks = new BackgroundTasks(io.turnaround.ui.common.UiThread.fx());
        CompletableFuture<LibraryStore.Stores> stores = db.thenApply(d -> LibraryStore.of(d, folder, clock));
        CaseStore store = new DeferredCaseStore(stores.thenApply(LibraryStore.Stores::cases));
        this.settings = new SettingsModel(new DeferredSettingsStore(stores.thenApply(LibraryStore.Stores::settings)), tasks);
        FxDialogService fxDialogs = new FxDialogService(stage, i18n);
        DialogService dialogs = around.apply(quietWhenWithdrawn(fxDialogs, db));
        this.main = new MainViewModel(store, tasks, dialogs, i18n, clock, writable, autosaveDelay);
        main.complaintRules(settings::complaintRules);
        // The data folder: the case file's, or (for a team library) the one given, which keeps attachments and logs.
        CompletableFuture<Path> dataDir = folder != null ? db.thenApply(d -> folder) : db.thenApply(d -> d.file().toAbsolutePath().getParent());
        this.dataDir = dataDir;
        CompletableFuture<AttachmentFiles> attachments = dataDir.thenApply(AttachmentFiles::new);
        FactFiles factFiles = WindowParts.factFiles(tasks, attachments);
        Workload workload = WindowParts.workload(tasks, store);
        // Fonts for the customer summary load after startup, at low priority, so the first export does not wait.
        SummaryExporter exporter = new SummaryExporter(tasks.prepare(java.time.Duration.ofSeconds(3), PdfFonts::loadBundled), locale,
                clock.getZone());
        // The UI tests switch the warm-up off: two seconds of background work per window only slows them down.
        if (!Boolean.getBoolean("turnaround.no-warmup")) {
            tasks.prepare(java.time.Duration.ofSeconds(3), () -> {
                exporter.warmUp(SampleCase.load(), io.turnaround.export.Letterhead.logo(dataDir.join()));
                return null;
            });
        }
        SummaryViewModel.ExportFiles exportFiles = WindowParts.exportFiles(dataDir);
        java.util.function.Supplier<byte[]> logo = () -> io.turnaround.export.Letterhead.logo(dataDir.join());
        java.util.function.Consumer<CaseSession> openSummary = session -> SummaryDialog.show(stage,
                new SummaryViewModel(session, exporter, settings, logo, tasks, dialogs, exportFiles, clock, i18n), i18n);
        java.util.function.BiConsumer<CaseSession, io.turnaround.domain.LetterKind> draftLetter = (session, kind) ->
                new io.turnaround.ui.complaint.LetterDialog(stage, new io.turnaround.ui.complaint.LetterViewModel(session, kind, exporter,
                        settings::complaintRules, () -> io.turnaround.export.Sender.of(settings.get()), logo, tasks, dialogs, exportFiles,
                        clock, i18n), session.current().header().reference(), i18n).showAndWait();
        StepFactory steps = new StepFactory(i18n, clock, workload, settings::get, factFiles, dialogs, exporter, openSummary,
                settings::complaintRules, draftLetter);
        // Fits a 1366×768 laptop with its task bar; larger screens get a comfortable default.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.files = new WindowFiles(db, dataDir, clock, folder != null || !writable);
        MainView view = new MainView(main, i18n, steps, appearance, commands(openSummary, exporter, logo, exportFiles, fxDialogs, dialogs, store,
                clock, db), dialogs);
        this.mainView = view;
        main.openCaseProperty().addListener((o, was, session) -> {
            if (main.isWritable()) {
                settings.saveValue(RESUME_CASE, session == null ? "" : String.valueOf(session.current().id()));
            }
        });
        main.pageProperty().addListener((o, was, page) -> {
            if (page.step() != null && main.isWritable()) {
                settings.saveValue(RESUME_STEP, page.step().name());
            }
        });
        this.welcome = new io.turnaround.ui.caselist.WelcomeModel(settings, main.caseList().overviewProperty(), main::open);
        view.showWelcome(welcome);
        Scene scene = new Scene(view,
                Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight() - 30));
        stage.setScene(scene);
        applyTheme(appearance.themeProperty().get());
        appearance.themeProperty().addListener((o, was, theme) -> applyTheme(theme));
        appearance.textSizeProperty().addListener((o, was, size) -> scene.getRoot().setStyle(size.rootStyle()));
        stage.setTitle(writable ? i18n.get("app.title") : i18n.get("app.title.readonly"));
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        var icon = TurnaroundWindow.class.getResource("/io/turnaround/ui/img/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm(), true));
        }
        stage.setOnCloseRequest(this::onCloseRequest);
    }

    /** What the menus open beyond the main window's pages: the summary ready for each purpose, files, help. */
    private io.turnaround.ui.main.WindowCommands commands(java.util.function.Consumer<CaseSession> openSummary, SummaryExporter exporter,
            java.util.function.Supplier<byte[]> logo, SummaryViewModel.ExportFiles exportFiles, FxDialogService fxDialogs,
            DialogService dialogs, CaseStore store, Clock clock, CompletableFuture<Database> db) {
        java.util.function.Function<SummaryDialog.Ready, java.util.function.Consumer<CaseSession>> summaryFor = ready -> session ->
                SummaryDialog.show(stage, new SummaryViewModel(session, exporter, settings, logo, tasks, dialogs, exportFiles, clock, i18n),
                        i18n, ready);
        io.turnaround.ui.files.FileCommands fileCommands = new io.turnaround.ui.files.FileCommands(store, files, tasks, dialogs, i18n,
                main::open);
        return new io.turnaround.ui.main.WindowCommands(
                () -> SettingsDialog.ask(stage, settings.get(), i18n, new LogoFile(stage, dataDir, tasks, fxDialogs, i18n))
                        .ifPresent(settings::save),
                () -> io.turnaround.ui.settings.ComplaintRulesDialog.ask(stage, settings.complaintRules(), i18n)
                        .ifPresent(settings::saveComplaintRules),
                () -> io.turnaround.ui.files.RegisterPeriodDialog.ask(stage, java.time.LocalDate.now(clock), i18n)
                        .ifPresent(period -> fileCommands.complaintRegister(period[0], period[1], settings.complaintRules())),
                this::requestClose, openSummary, summaryFor.apply(SummaryDialog.Ready.SAVE), summaryFor.apply(SummaryDialog.Ready.EMAIL),
                fileCommands,
                () -> io.turnaround.ui.files.BackupsDialog.show(stage, new io.turnaround.ui.files.BackupsModel(files, tasks, dialogs, i18n), i18n),
                () -> io.turnaround.ui.help.GuideWindow.show(stage, i18n),
                () -> io.turnaround.ui.help.AboutDialog.show(stage, new io.turnaround.ui.help.AboutDialog.Facts(Version.current(),
                        dataDir.getNow(null), db.isDone() && !db.isCompletedExceptionally() ? db.join().name() : ""), i18n));
    }

    /**
     * File › Backups… › Restore…: once everything typed is saved, {@code restorer} (the launcher) closes this window's
     * library, puts the backup in its place, and opens it again.
     */
    public void onRestore(java.util.function.Consumer<Path> restorer) {
        files.restoreWith(backup -> main.prepareToExit().thenAccept(saved -> {
            if (saved) {
                restorer.accept(backup);
            }
        }));
    }

    /**
     * The dialogs, but silent about errors once the case file could not be opened or was closed as damaged: the
     * launcher then offers what can be done, and the list's or a save's own error is noise.
     */
    private DialogService quietWhenWithdrawn(FxDialogService fxDialogs, CompletableFuture<Database> db) {
        return new io.turnaround.ui.common.ForwardingDialogs(fxDialogs) {
            @Override
            public void showError(String title, String message) {
                if (!db.isCompletedExceptionally() && !fileWithdrawn.get()) {
                    super.showError(title, message);
                }
            }
        };
    }

    /**
     * Builds the window on {@code stage} and starts loading the case list, which waits for the
     * case file if it is still opening. Call on the FX thread.
     */
    public static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Clock clock, Locale locale, Runnable onExit) {
        return open(stage, db, clock, locale, onExit, true);
    }

    /** @param writable false when another Turnaround already writes to this data folder: the window only reads */
    public static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Clock clock, Locale locale, Runnable onExit,
                                        boolean writable) {
        return open(stage, db, clock, locale, onExit, writable, io.turnaround.ui.common.CaseSession.AUTOSAVE_DELAY);
    }

    /** @param autosaveDelay tests lengthen it, so that only the flushes can have saved what they check */
    public static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Clock clock, Locale locale, Runnable onExit,
                                        boolean writable, java.time.Duration autosaveDelay) {
        return open(stage, db, null, clock, locale, onExit, writable, autosaveDelay);
    }

    /** @param folder the data folder (attachments, logs), or null for the case file's own */
    public static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                        Runnable onExit, boolean writable) {
        return open(stage, db, folder, clock, locale, onExit, writable, io.turnaround.ui.common.CaseSession.AUTOSAVE_DELAY);
    }

    /** @param placement where the window was at the last close (read by the launcher off the FX thread), or null */
    static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                 Runnable onExit, boolean writable, WindowPlacement placement) {
        TurnaroundWindow window = open(stage, db, folder, clock, locale, onExit, writable, io.turnaround.ui.common.CaseSession.AUTOSAVE_DELAY,
                placement);
        return window;
    }

    private static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                         Runnable onExit, boolean writable, java.time.Duration autosaveDelay) {
        return open(stage, db, folder, clock, locale, onExit, writable, autosaveDelay, null);
    }

    /**
     * @param dialogs wraps the window's dialogs: the UI tests answer the desktop's file choosers (which a headless
     *                test cannot drive) and leave every other dialog as it is
     */
    public static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                        Runnable onExit, java.util.function.UnaryOperator<DialogService> dialogs) {
        return open(stage, db, folder, clock, locale, onExit, true, io.turnaround.ui.common.CaseSession.AUTOSAVE_DELAY, null, dialogs);
    }

    private static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                         Runnable onExit, boolean writable, java.time.Duration autosaveDelay, WindowPlacement placement) {
        return open(stage, db, folder, clock, locale, onExit, writable, autosaveDelay, placement, d -> d);
    }

    private static TurnaroundWindow open(Stage stage, CompletableFuture<Database> db, Path folder, Clock clock, Locale locale,
                                         Runnable onExit, boolean writable, java.time.Duration autosaveDelay, WindowPlacement placement,
                                         java.util.function.UnaryOperator<DialogService> dialogs) {
        TurnaroundWindow window = new TurnaroundWindow(stage, db, folder, clock, locale, onExit, writable, autosaveDelay, dialogs);
        if (placement != null) {
            placement.applyTo(stage);
        }
        window.nameTheLibrary(db);
        // The list's query starts before the window shows (it waits for the case file on the store thread), so
        // the cases are usually there for the first frame.
        window.main.refresh();
        stage.show();
        WindowNotices notices = new WindowNotices(stage, window.main, window.i18n);
        notices.duePromisesAfterStart();
        notices.fromColleagues();
        window.settings.load();
        window.welcome.load();
        window.resumeAfterCrash();
        window.appearance.restore(window.settings, window.main.isWritable());
        return window;
    }

    /**
     * View › Team database…: the dialog, its test run off the FX thread; a choice is acted on once everything typed is
     * saved, by {@code switcher} (the launcher opens the chosen library in a new window).
     */
    public void onSwitchLibrary(String current, java.util.function.Consumer<io.turnaround.ui.library.TeamDatabaseDialog.Choice> switcher) {
        mainView.onTeamDatabase(() -> io.turnaround.ui.library.TeamDatabaseDialog.ask(stage, current,
                team -> tasks.run(() -> io.turnaround.store.PostgresLibrary.test(team.address(), team.password()), said -> { }, failed -> { }),
                i18n).ifPresent(choice -> main.prepareToExit().thenAccept(saved -> {
                    if (saved) {
                        switcher.accept(choice);
                    }
                })));
    }

    /** After a team library failed to open: why, and the manager's next move (fix it, this computer, or none: quit). */
    public Optional<io.turnaround.ui.library.TeamDatabaseDialog.Choice> askAfterTeamFailure(String current, String problem) {
        return io.turnaround.ui.library.TeamDatabaseDialog.askAfterFailure(current, problem,
                team -> tasks.run(() -> io.turnaround.store.PostgresLibrary.test(team.address(), team.password()), said -> { }, failed -> { }),
                i18n);
    }

    /** Stops this window's worker once another window takes over (its queued work runs first). */
    public void release() {
        main.stopWatching();
        tasks.close();
    }

    /**
     * The status line always says which library is open: a team library is also named in the title bar, so that no one
     * mistakes it for the case file on their own computer.
     */
    private void nameTheLibrary(CompletableFuture<Database> db) {
        db.thenAccept(d -> {
            if (d.engine() == io.turnaround.store.Engine.POSTGRESQL) {
                // The role is asked of the server on the worker (this may run on the FX thread when the library is open).
                tasks.onUi(() -> tasks.run(() -> whoAmI(d), who -> {
                    String me = who[0];
                    stage.setTitle(stage.getTitle() + " \u2014 " + i18n.get("app.title.team", d.name())
                            + (Boolean.parseBoolean(who[1]) ? "" : " \u2014 " + i18n.get("app.title.role-readonly")));
                    if (!Boolean.parseBoolean(who[1])) {
                        main.readOnlyRole(); // the board, an auditor: everything shown, nothing changed
                    }
                    if (Boolean.parseBoolean(who[2])) {
                        main.startedOffline();
                    }
                    // The status line says whether the library answers, and follows when it comes back.
                    Runnable sayWhere = () -> mainView.showLibrary(main.offlineProperty().get()
                            ? i18n.get("status.team.offline", d.name()) : i18n.get("status.team", d.name()), me);
                    sayWhere.run();
                    main.offlineProperty().addListener((o, was, now) -> sayWhere.run());
                    // Whose cases are "Mine", and whether the welcome still shows: the manager's own.
                    main.caseList().setMe(me);
                    main.refresh();
                    main.watchColleagues(); // colleagues' changes show in the list and the open case
                }));
            } else {
                String file = String.valueOf(d.file());
                tasks.onUi(() -> mainView.showLocalLibrary(i18n.get("status.local"), file));
            }
        });
    }

    /**
     * The role the team library is opened as, whether it may change cases, and whether the library was out of reach (on
     * the worker). Offline, the role is the one the address names or the computer's user (as libpq takes it), and what
     * it types is kept on this computer until the library decides.
     */
    private static String[] whoAmI(Database d) {
        try {
            return new String[] {d.role(), String.valueOf(d.mayChangeCases()), "false"};
        } catch (io.turnaround.store.ConnectionLostException offline) {
            int at = d.name().indexOf('@');
            String role = at > 0 ? d.name().substring(0, at) : System.getProperty("user.name", "");
            return new String[] {role, "true", "true"};
        }
    }

    private void applyTheme(Theme theme) {
        stage.getScene().getStylesheets().setAll(theme.stylesheets());
    }

    /** After a crash or a kill, the case and step that were open come back, with what was typed and the call clock. */
    private void resumeAfterCrash() {
        if (!main.isWritable()) {
            return;
        }
        settings.loadValue(RESUME_CASE, id -> {
            if (id == null || !id.matches("\\d{1,18}")) {
                return;
            }
            settings.loadValue(RESUME_STEP, step -> main.reopen(Long.parseLong(id), java.util.Arrays.stream(
                    io.turnaround.domain.Step.values()).filter(s -> s.name().equals(step)).findFirst().orElse(null)));
        });
    }

    private void onCloseRequest(WindowEvent e) {
        e.consume();
        requestClose();
    }

    /** Saves what is open, then closes; if the save failed the window stays, with the edits in memory. */
    public void requestClose() {
        main.prepareToExit().thenAccept(saved -> {
            if (saved) {
                WindowPlacement placement = WindowPlacement.of(stage);
                stage.hide();
                if (main.isWritable()) {
                    settings.saveValue(RESUME_CASE, ""); // a normal quit: the next start opens on the list
                    tasks.submit(() -> {
                        try {
                            placement.save(dataDir.join());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
                main.stopWatching();
                tasks.close();
                onExit.run();
                closed.complete(null);
            }
        });
    }

    /** The launcher closes the case file (found damaged): the window is hidden and reports no errors from now on. */
    public void withdrawFile() {
        fileWithdrawn.set(true);
        stage.hide();
    }

    /** Completes once the window has closed with everything saved. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    public MainViewModel viewModel() {
        return main;
    }

    public Stage stage() {
        return stage;
    }
}
