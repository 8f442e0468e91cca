package io.turnaround.ui.main;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Step;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.wizard.WizardViewModel;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The main window's state: the page shown (a page of the library, or the open case at a step), the case list, and
 * the case open in the wizard (null while a library page shows). {@code MainView} shows whatever {@link #pageProperty()}
 * says; menus and keys call the commands here. Every store call goes through {@link BackgroundTasks}; every close and
 * every step change flushes first.
 */
public final class MainViewModel {
    private final CaseStore repository;
    private final BackgroundTasks tasks;
    private final io.turnaround.ui.caselist.CaseSearchModel search;
    private final io.turnaround.ui.caselist.CaseListFilter filter;
    private final io.turnaround.ui.due.DueViewModel due;
    private final io.turnaround.ui.dashboard.DashboardViewModel dashboard;
    private final io.turnaround.ui.customers.CustomersViewModel customers;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final io.turnaround.ui.caselist.CaseListModel caseList;
    private final ReadOnlyObjectWrapper<CaseSession> openCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.CASES);
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** The open case's steps; null while no case is open. */
    private WizardViewModel wizard;

    /** False when another Turnaround writes to the same data folder, or the team library's role may only read. */
    private boolean writable;
    private String readOnlyMessage = "readonly.message";

    public MainViewModel(CaseStore repository, BackgroundTasks tasks, DialogService dialogs, I18n i18n, Clock clock) {
        this(repository, tasks, dialogs, i18n, clock, true);
    }

    /** @param writable false when another Turnaround writes to the same data folder */
    private final java.time.Duration autosaveDelay;

    public MainViewModel(CaseStore repository, BackgroundTasks tasks, DialogService dialogs, I18n i18n, Clock clock, boolean writable) {
        this(repository, tasks, dialogs, i18n, clock, writable, CaseSession.AUTOSAVE_DELAY);
    }

    public MainViewModel(CaseStore repository, BackgroundTasks tasks, DialogService dialogs, I18n i18n, Clock clock, boolean writable,
                         java.time.Duration autosaveDelay) {
        this.writable = writable;
        this.autosaveDelay = autosaveDelay;
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.search = new io.turnaround.ui.caselist.CaseSearchModel(repository, tasks);
        this.filter = new io.turnaround.ui.caselist.CaseListFilter(clock);
        this.caseList = new io.turnaround.ui.caselist.CaseListModel(repository, tasks, filter);
        this.due = new io.turnaround.ui.due.DueViewModel(repository, tasks, clock);
        this.dashboard = new io.turnaround.ui.dashboard.DashboardViewModel(repository, tasks, clock);
        this.customers = new io.turnaround.ui.customers.CustomersViewModel(repository, tasks, clock);
    }

    /** While watching: the handle that stops the team library's announcements. */
    private AutoCloseable watching;
    private boolean listRefreshPending;

    /**
     * Follows what colleagues change in a team library: the list is read again (at most every 300 ms) and the open case
     * takes their change in, merged with what is typed here. Stops with {@link #stopWatching}.
     */
    public void watchColleagues() {
        if (watching == null) {
            watching = repository.watch(id -> tasks.onUi(() -> changedElsewhere(id)), () -> tasks.onUi(this::reachedAgain));
        }
    }

    /** False while a team library could not be reached at start: the list shows the cases kept on this computer. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper offline = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public javafx.beans.property.ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** The team library could not be reached when the window opened. */
    public void startedOffline() {
        offline.set(true);
    }

    /** Whether the team library's announcements have been listened to yet (their first connection is no news). */
    private boolean listenedBefore;

    /**
     * The team library answers again (what this window kept offline is sent by then): everything shown is read again,
     * as colleagues' changes made while it could not be reached were not announced to it.
     */
    private void reachedAgain() {
        boolean news = listenedBefore || offline.get();
        listenedBefore = true;
        offline.set(false);
        if (news) {
            tasks.errors().clear(); // what failed for want of the library no longer stands
            CaseSession session = openCase.get();
            changedElsewhere(session == null ? -1 : session.current().id());
        }
    }

    public void stopWatching() {
        if (watching != null) {
            AutoCloseable handle = watching;
            watching = null;
            // Closing the listening connection may wait on the network: on the worker.
            tasks.submit(() -> {
                try {
                    handle.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private void changedElsewhere(long id) {
        if (!listRefreshPending) {
            listRefreshPending = true;
            tasks.schedule(java.time.Duration.ofMillis(300), () -> tasks.onUi(() -> {
                listRefreshPending = false;
                refresh();
                // The library page on show follows too: what is due, the dashboard, the customers.
                switch (page.get().kind()) {
                    case DUE -> due.load();
                    case DASHBOARD -> dashboard.load();
                    case CUSTOMERS -> customers.load();
                    default -> { }
                }
            }));
        }
        CaseSession session = openCase.get();
        if (session != null && session.current().id() == id) {
            tasks.run(() -> repository.load(id), found -> found.ifPresent(session::changedElsewhere));
        }
        String me = caseList.me();
        if (!me.isEmpty()) {
            // What a colleague did that concerns this manager: said at once, with a way to open the case.
            tasks.run(() -> FromColleague.about(repository, id, me), said -> said.ifPresent(fromColleague::set));
        }
    }

    private final ReadOnlyObjectWrapper<FromColleague> fromColleague = new ReadOnlyObjectWrapper<>();

    /** The last thing a colleague did that concerns this manager while the window was open (a team library). */
    public ReadOnlyObjectProperty<FromColleague> fromColleagueProperty() {
        return fromColleague.getReadOnlyProperty();
    }

    /** Reads the case list again (its first page and count), in the order and with the filters chosen. */
    public CompletableFuture<?> refresh() {
        return caseList.refresh();
    }

    /** The firm's complaint rules (View › Complaint rules): what new cases take, what the dashboard counts under. */
    private java.util.function.Supplier<io.turnaround.domain.ComplaintRules> complaintRules = io.turnaround.domain.ComplaintRules::defaults;

    public void complaintRules(java.util.function.Supplier<io.turnaround.domain.ComplaintRules> rules) {
        this.complaintRules = rules;
        dashboard.complaintRules(rules);
    }

    /** A new case opens at once on Listen: the call has started, details can wait. */
    public CompletableFuture<?> newCase() {
        if (!writable) {
            dialogs.showError(i18n.get("readonly.title"), i18n.get(readOnlyMessage));
            return CompletableFuture.completedFuture(null);
        }
        CaseFile started = CaseFile.start("", "", "", clock.instant());
        io.turnaround.domain.Regime regime = complaintRules.get().defaultRegime();
        CaseFile draft = regime == io.turnaround.domain.Regime.NONE ? started
                : started.withComplaint(io.turnaround.domain.Complaint.NONE.withRegime(regime));
        return closeThen().thenCompose(x -> tasks.run(() -> repository.create(draft), this::openLoaded, this::showError));
    }

    /** Opens a case at Listen. */
    public CompletableFuture<?> open(long id) {
        return closeThen().thenCompose(x -> tasks.run(() -> repository.load(id).orElseThrow(
                () -> new NoSuchElementException(i18n.get("error.case-missing", id))), this::openLoaded, this::showError));
    }

    /**
     * Opens the case that was open when the app last stopped without quitting (a crash, a kill, a power cut); completes
     * with whether it did. A case deleted since is passed over without a word.
     */
    public CompletableFuture<Boolean> reopen(long id, Step step) {
        CompletableFuture<Boolean> reopened = new CompletableFuture<>();
        tasks.run(() -> repository.load(id), found -> {
            found.ifPresent(c -> {
                openLoaded(c);
                goTo(step == null ? Step.LISTEN : step);
            });
            reopened.complete(found.isPresent());
        }, e -> reopened.complete(false));
        return reopened;
    }

    /** Deletes a case after the manager confirms; an approved real case is refused by the store, with the reason. */
    public CompletableFuture<?> delete(CaseSummary summary) {
        if (summary == null || !writable) {
            return CompletableFuture.completedFuture(null);
        }
        String question = i18n.get(summary.sample() ? "cases.delete.sample" : "cases.delete.confirm", summary.reference());
        if (!dialogs.confirm(i18n.get("cases.delete.title"), question)) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.run(() -> repository.delete(summary.id()), done -> refresh(), this::showError);
    }

    private void openLoaded(CaseFile c) {
        CaseSession session = new CaseSession(c, repository, tasks, clock, writable, autosaveDelay, new ColleagueEdits(dialogs, i18n));
        wizard = new WizardViewModel(session, clock);
        wizard.currentStepProperty().addListener((o, was, step) -> {
            notice.set("");
            page.set(Page.caseAt(step));
        });
        openCase.set(session);
        page.set(Page.caseAt(wizard.currentStepProperty().get()));
    }

    /** Shows a step of the open case (flushing first); nothing while no case is open. */
    public void goTo(Step step) {
        if (wizard != null && step != null) {
            wizard.goTo(step);
        }
    }

    public void next() {
        if (wizard != null) {
            wizard.next();
        }
    }

    public void back() {
        if (wizard != null) {
            wizard.back();
        }
    }

    /** The call clock's commands on the open case (the Call menu and its keys, on any step); nothing when none is open. */
    public void call(java.util.function.Consumer<io.turnaround.ui.common.CallCommands> command) {
        CaseSession session = openCase.get();
        if (session != null) {
            io.turnaround.ui.common.CallCommands call = new io.turnaround.ui.common.CallCommands(session, clock);
            command.accept(call);
            // Said in the status line, whatever step shows: the keys work everywhere, so must the feedback.
            var listen = session.current().listen();
            String clockText = io.turnaround.ui.common.CallStamp.callClock(call.callOffsetMillis());
            notice.set(switch (listen.callState()) {
                case NOT_STARTED -> "";
                case RUNNING -> i18n.get("status.call.running", clockText,
                        listen.currentTemperature() == null ? "" : i18n.of(listen.currentTemperature()));
                case PAUSED -> i18n.get("status.call.paused", clockText);
                case ENDED -> i18n.get("status.call.ended", clockText);
            });
        }
    }

    /** What the last call command did, for the status line; empty once the page changes. */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The open case's steps; null while no case is open. */
    public WizardViewModel wizard() {
        return wizard;
    }

    /** Saves the open case, goes back to the list and reloads it (after the save, as tasks run in order). */
    public CompletableFuture<?> closeCase() {
        return closeThen().thenCompose(x -> refresh());
    }

    /**
     * Shows a page of the library (the list, what is due, the dashboard, the customers), closing the open case first
     * (saved before the page shows); completes on the UI thread once it shows.
     */
    public CompletableFuture<?> show(Page.Kind library) {
        if (library == Page.Kind.CASE) {
            throw new IllegalArgumentException("A case is opened with open(id)");
        }
        CompletableFuture<?> closed = openCase.get() == null ? CompletableFuture.completedFuture(null) : closeCase();
        return closed.thenRun(() -> page.set(Page.library(library)));
    }

    private CompletableFuture<Void> closeThen() {
        CaseSession session = openCase.get();
        if (session == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> flushed = session.flush();
        wizard = null;
        notice.set("");
        openCase.set(null);
        page.set(Page.CASES);
        return flushed;
    }

    /**
     * Flushes the open case before the window closes. Completes with true when everything is on
     * disk; false when a save failed, so the window can stay open with the edits in memory.
     */
    public CompletableFuture<Boolean> prepareToExit() {
        CaseSession session = openCase.get();
        if (session == null) {
            return CompletableFuture.completedFuture(true);
        }
        return session.flush().thenApply(x -> !session.hasUnsavedEdits());
    }

    private void showError(Throwable e) {
        dialogs.showError(i18n.get("error.title"), e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Where background failures are shown: the status line. */
    public io.turnaround.ui.common.BackgroundErrors backgroundErrors() {
        return tasks.errors();
    }

    /** The team library's role may read but not change cases (the board, an auditor): nothing is written from here on. */
    public void readOnlyRole() {
        writable = false;
        readOnlyMessage = "readonly.role.message";
    }

    public boolean isWritable() {
        return writable;
    }

    /** Search over every case, as the list's search field types. */
    public io.turnaround.ui.caselist.CaseSearchModel search() {
        return search;
    }

    /** The case list's filters. */
    public io.turnaround.ui.caselist.CaseListFilter filter() {
        return filter;
    }

    /** Every open promise across the cases. */
    public io.turnaround.ui.due.DueViewModel due() {
        return due;
    }

    public io.turnaround.ui.dashboard.DashboardViewModel dashboard() {
        return dashboard;
    }

    public io.turnaround.ui.customers.CustomersViewModel customers() {
        return customers;
    }

    /** The case list, a page at a time. */
    public io.turnaround.ui.caselist.CaseListModel caseList() {
        return caseList;
    }

    /** The rows of the case list as it stands (rows not yet shown are null until loaded). */
    public ObservableList<CaseSummary> cases() {
        return caseList.rows();
    }

    /** What the window shows. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseSession> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return caseList.loadedProperty();
    }
}
