package io.turnaround.ui.main;

import io.turnaround.domain.Step;
import io.turnaround.ui.caselist.CaseListView;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.SaveState;
import io.turnaround.ui.common.Theme;
import io.turnaround.ui.listen.ListenView;
import io.turnaround.ui.wizard.StepFactory;
import io.turnaround.ui.wizard.WizardView;
import io.turnaround.ui.wizard.WizardViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The window's content: menus, the case list or the open case, and the status line. */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final I18n i18n;
    private final StepFactory steps;
    private final CaseListView caseList;
    private final Label status = new Label();
    /** The open case's view, with the wizard it shows; null while a library page shows. */
    private WizardView wizardView;
    private WizardViewModel shownWizard;
    private final java.util.Map<Theme, RadioMenuItem> themeItems = new java.util.EnumMap<>(Theme.class);

    private final Consumer<CaseSession> onSummary;
    private final Lazy<io.turnaround.ui.due.DueView> dueView;
    private final Lazy<io.turnaround.ui.dashboard.DashboardView> dashboardView;
    private final Lazy<io.turnaround.ui.customers.CustomersView> customersView;

    /** A page made the first time it is needed, then kept. */
    private static final class Lazy<T extends javafx.scene.Node> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> make;
        private T made;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }

    /** Which library is open, when it is a team library (the case file on this computer goes without saying). */
    private final javafx.scene.control.Label library = new javafx.scene.control.Label();
    private Menu viewMenu;

    /** View › Team database…, once the window knows how to switch libraries. */
    public void onTeamDatabase(Runnable action) {
        MenuItem team = item("menu.view.team", "menu-team-database", null);
        team.setOnAction(e -> action.run());
        viewMenu.getItems().add(viewMenu.getItems().size() - 1, team);
    }

    /** The case file on this computer: said at the right of the status line, its path as the tooltip. */
    public void showLocalLibrary(String text, String file) {
        library.setText(text);
        io.turnaround.ui.common.LazyTooltip.install(library, file);
    }

    /** A team library: named at the right of the status line; its cases' owners in the list, with "Mine". */
    public void showLibrary(String text, String me) {
        library.setText(text);
        caseList.showOwners(me);
    }

    public MainView(MainViewModel vm, I18n i18n, StepFactory steps, io.turnaround.ui.common.Appearance appearance, WindowCommands commands,
                    DialogService dialogs) {
        this.onSummary = commands.summary();
        this.vm = vm;
        this.i18n = i18n;
        this.steps = steps;
        setId("main");
        caseList = new CaseListView(vm.caseList(), i18n, vm::newCase, vm::open, vm::delete, vm.search(), vm.filter());
        caseList.sayLoadingUntil(vm.loadedProperty());
        // The library's pages are built when first shown: the first frame of the case list waits for none of them.
        dueView = new Lazy<>(() -> new io.turnaround.ui.due.DueView(vm.due(), i18n, vm::open, () -> {
            vm.refresh();
            vm.show(Page.Kind.CASES);
        }));
        dashboardView = new Lazy<>(() -> new io.turnaround.ui.dashboard.DashboardView(vm.dashboard(), i18n, this::showCases));
        customersView = new Lazy<>(() -> new io.turnaround.ui.customers.CustomersView(vm.customers(), i18n, this::showCases));
        javafx.scene.control.Button dueButton = new javafx.scene.control.Button(i18n.get("menu.go.due"));
        dueButton.setId("case-list-due");
        dueButton.setOnAction(e -> vm.show(Page.Kind.DUE));
        caseList.addAction(dueButton);
        setTop(menus(appearance, commands, dialogs));
        status.setId("status-line");
        status.setAccessibleText(i18n.get("status.accessible"));
        library.setId("status-library");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox statusBar = new HBox(status, gap, library);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
        vm.pageProperty().addListener((obs, old, page) -> show(page));
        vm.backgroundErrors().latestProperty().addListener((o, was, failure) -> {
            status.getStyleClass().remove("status-error");
            if (failure != null) {
                status.getStyleClass().add("status-error");
            }
        });
        show(vm.pageProperty().get());
    }

    /** Shows what the view model's page says. */
    private void show(Page page) {
        switch (page.kind()) {
            case CASES -> showList();
            case CASE -> showOpenCase();
            case DUE -> showPage(dueView, vm.due()::load);
            case DASHBOARD -> showPage(dashboardView, vm.dashboard()::load);
            case CUSTOMERS -> showPage(customersView, vm.customers()::load);
        }
    }

    /** A page of the library (due, dashboard, customers) in place of the case list, loaded afresh. */
    private void showPage(java.util.function.Supplier<? extends javafx.scene.Node> page, Runnable load) {
        forgetCase();
        vm.backgroundErrors().clear();
        bindStatus(Bindings.createStringBinding(() -> ""));
        setCenter(page.get());
        load.run();
    }

    /** The case list limited to some cases (from the dashboard or a customer), with a way back to all. */
    private void showCases(String title, java.util.List<Long> ids) {
        caseList.showOnly(title, ids);
        vm.show(Page.Kind.CASES);
    }

    /** The first-run welcome above the case list. */
    public void showWelcome(io.turnaround.ui.caselist.WelcomeModel welcome) {
        caseList.showWelcome(new io.turnaround.ui.caselist.WelcomePane(welcome, i18n, vm::newCase));
    }

    /**
     * The status line says {@code normal} (the save state, the number of cases) unless background work failed since
     * the page was shown: then it says that, in plain words, until the next page.
     */
    private void bindStatus(javafx.beans.binding.StringBinding normal) {
        var failure = vm.backgroundErrors().latestProperty();
        var notice = vm.noticeProperty();
        status.textProperty().bind(Bindings.createStringBinding(() -> failure.get() != null
                ? (failure.get().reason() == null ? i18n.get("status.background.failed")
                        : i18n.get("status.background.failed.because", failure.get().reason()))
                : notice.get().isEmpty() ? normal.get() : notice.get() + "   \u00b7   " + normal.get(), failure, notice, normal));
    }

    private void forgetCase() {
        shownWizard = null;
        wizardView = null;
    }

    private void showList() {
        status.getStyleClass().remove("status-error");
        vm.backgroundErrors().clear();
        forgetCase();
        setCenter(caseList);
            bindStatus(Bindings.createStringBinding(() -> Boolean.TRUE.equals(vm.loadedProperty().get())
                    ? i18n.get("status.cases", vm.cases().size()) : i18n.get("status.loading"), vm.cases(), vm.loadedProperty()));
    }

    /** The open case, at the step its wizard shows (it follows the step itself); built once per opened case. */
    private void showOpenCase() {
        CaseSession session = vm.openCaseProperty().get();
        if (vm.wizard() == shownWizard || session == null) {
            return;
        }
        status.getStyleClass().remove("status-error");
        vm.backgroundErrors().clear();
        shownWizard = vm.wizard();
        wizardView = new WizardView(shownWizard, steps, i18n);
        setCenter(wizardView);
        bindStatus(Bindings.createStringBinding(() -> switch (session.saveStateProperty().get()) {
            case SAVED -> i18n.get("status.saved");
            case SAVING -> i18n.get("status.saving");
            case KEPT_HERE -> session.saveErrorProperty().get();
            case DECIDE_LATER -> i18n.get("status.decide-later");
            case FAILED -> i18n.get("status.failed", session.saveErrorProperty().get());
        }, session.saveStateProperty(), session.saveErrorProperty()));
        session.saveStateProperty().addListener((o, a, state) -> {
            status.getStyleClass().removeAll("status-error", "status-offline");
            if (state == SaveState.FAILED) {
                status.getStyleClass().add("status-error");
            } else if (state == SaveState.KEPT_HERE || state == SaveState.DECIDE_LATER) {
                status.getStyleClass().add("status-offline");
            }
        });
    }

    private MenuBar menus(io.turnaround.ui.common.Appearance appearance, WindowCommands commands, DialogService dialogs) {
        MenuBar bar = new MenuBar(FileMenu.build(vm, i18n, commands, dialogs, caseList::selected), goMenu(), callMenu(),
                viewMenu(appearance, commands.settings(), commands.complaintRules()));
        bar.setId("menu-bar");
        // Help › Keyboard shortcuts lists every accelerator of the menus, read from them when it opens.
        MenuItem keys = item("menu.help.keys", "menu-help-keys", new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> KeyboardSheet.show(getScene() == null ? null : getScene().getWindow(), bar, i18n));
        MenuItem guide = item("menu.help.guide", "menu-help-guide", null);
        guide.setOnAction(e -> commands.guide().run());
        MenuItem about = item("menu.help.about", "menu-help-about", null);
        about.setOnAction(e -> commands.about().run());
        bar.getMenus().add(new Menu(i18n.get("menu.help"), null, keys, guide, new SeparatorMenuItem(), about));
        return bar;
    }

    /** The steps of the open case (Ctrl+1…9), the library's pages, Back and Next. */
    private Menu goMenu() {
        Menu go = new Menu(i18n.get("menu.go"));
        for (Step step : Step.values()) {
            MenuItem item = item("step." + step.name().toLowerCase(Locale.ROOT) + ".title", "menu-step-" + step.number(),
                    new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(step.number())), KeyCombination.SHORTCUT_DOWN));
            item.setText(step.number() + "  " + item.getText());
            item.setOnAction(e -> vm.goTo(step));
            item.disableProperty().bind(vm.openCaseProperty().isNull());
            go.getItems().add(item);
        }
        MenuItem complaint = item("menu.go.complaint", "menu-complaint",
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        complaint.setOnAction(e -> {
            if (wizardView != null) {
                wizardView.openComplaint();
            }
        });
        complaint.disableProperty().bind(vm.openCaseProperty().isNull());
        go.getItems().addAll(new SeparatorMenuItem(), complaint);
        go.getItems().add(new SeparatorMenuItem());
        MenuItem find = item("menu.go.find", "menu-find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> vm.show(Page.Kind.CASES).thenRun(caseList::focusSearch));
        MenuItem cases = item("menu.go.cases", "menu-cases", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        cases.setOnAction(e -> vm.show(Page.Kind.CASES));
        MenuItem dueItem = item("menu.go.due", "menu-due", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        dueItem.setOnAction(e -> vm.show(Page.Kind.DUE));
        MenuItem dashboardItem = item("menu.go.dashboard", "menu-dashboard",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dashboardItem.setOnAction(e -> vm.show(Page.Kind.DASHBOARD));
        MenuItem customersItem = item("menu.go.customers", "menu-customers",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        customersItem.setOnAction(e -> vm.show(Page.Kind.CUSTOMERS));
        go.getItems().addAll(find, cases, dueItem, dashboardItem, customersItem, new SeparatorMenuItem());
        MenuItem back = item("wizard.back", "menu-back", new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));
        back.setOnAction(e -> vm.back());
        MenuItem next = item("wizard.next", "menu-next", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        next.setOnAction(e -> vm.next());
        back.disableProperty().bind(vm.openCaseProperty().isNull());
        next.disableProperty().bind(vm.openCaseProperty().isNull());
        go.getItems().addAll(back, next);
        return go;
    }

    /** The call clock and the temperature, on every step of the open case. */
    private Menu callMenu() {
        Menu call = new Menu(i18n.get("menu.call"));
        String[][] callItems = {{"listen.start", "menu-call-start"}, {"listen.pause", "menu-call-pause"},
            {"listen.end", "menu-call-end"}, {"listen.temperature.cycle", "menu-call-temperature"}};
        KeyCombination[] callKeys = {ListenView.START, ListenView.PAUSE, ListenView.END, ListenView.TEMPERATURE};
        java.util.List<Consumer<io.turnaround.ui.common.CallCommands>> callCommands = java.util.List.of(
                io.turnaround.ui.common.CallCommands::start, io.turnaround.ui.common.CallCommands::pause,
                io.turnaround.ui.common.CallCommands::end, io.turnaround.ui.common.CallCommands::cycleTemperature);
        for (int i = 0; i < callKeys.length; i++) {
            KeyCombination key = callKeys[i];
            int index = i;
            MenuItem item = item(callItems[i][0], callItems[i][1], key);
            item.setOnAction(e -> vm.call(callCommands.get(index)));
            item.disableProperty().bind(vm.openCaseProperty().isNull());
            call.getItems().add(item);
        }
        MenuItem note = item("menu.call.note", "menu-call-note", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        note.setOnAction(e -> {
            if (wizardView != null) {
                wizardView.focusQuickNote();
            }
        });
        note.disableProperty().bind(vm.openCaseProperty().isNull());
        call.getItems().addAll(new SeparatorMenuItem(), note);
        return call;
    }

    private Menu viewMenu(io.turnaround.ui.common.Appearance appearance, Runnable onSettings, Runnable onComplaintRules) {
        Menu view = new Menu(i18n.get("menu.view"));
        viewMenu = view;
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(i18n.of(theme));
            item.setId("menu-theme-" + theme.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(themes);
            item.setOnAction(e -> appearance.themeProperty().set(theme));
            themeItems.put(theme, item);
            view.getItems().add(item);
        }
        Runnable tickTheme = () -> themeItems.get(appearance.themeProperty().get()).setSelected(true);
        appearance.themeProperty().addListener((o, was, now) -> tickTheme.run());
        tickTheme.run();
        MenuItem settings = item("menu.view.settings", "menu-settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> onSettings.run());
        MenuItem rules = item("menu.view.complaint-rules", "menu-complaint-rules", null);
        rules.setOnAction(e -> onComplaintRules.run());
        view.getItems().addAll(new SeparatorMenuItem(), textSizeMenu(appearance), new SeparatorMenuItem(), settings, rules);
        return view;
    }

    /** View › Text size: larger, smaller and normal by keyboard, as browsers and editors do, and each size by name. */
    private Menu textSizeMenu(io.turnaround.ui.common.Appearance appearance) {
        Menu menu = new Menu(i18n.get("menu.view.text-size"));
        menu.setId("menu-text-size");
        MenuItem larger = item("menu.view.text-larger", "menu-text-larger", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> appearance.larger());
        MenuItem smaller = item("menu.view.text-smaller", "menu-text-smaller", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> appearance.smaller());
        MenuItem normal = item("menu.view.text-normal", "menu-text-normal", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        normal.setOnAction(e -> appearance.normalSize());
        menu.getItems().addAll(larger, smaller, normal, new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        java.util.Map<io.turnaround.ui.common.TextSize, RadioMenuItem> items = new java.util.EnumMap<>(io.turnaround.ui.common.TextSize.class);
        for (io.turnaround.ui.common.TextSize size : io.turnaround.ui.common.TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.percent() + " %");
            item.setId("menu-text-" + size.percent());
            item.setToggleGroup(sizes);
            item.setOnAction(e -> appearance.textSizeProperty().set(size));
            items.put(size, item);
            menu.getItems().add(item);
        }
        Runnable tick = () -> items.get(appearance.textSizeProperty().get()).setSelected(true);
        appearance.textSizeProperty().addListener((o, was, now) -> tick.run());
        tick.run();
        // Ctrl++ on keyboards where + has its own key, and on the number pad.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), appearance::larger);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::larger);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), appearance::smaller);
            }
        });
        return menu;
    }

    private MenuItem item(String key, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        return item;
    }
}
