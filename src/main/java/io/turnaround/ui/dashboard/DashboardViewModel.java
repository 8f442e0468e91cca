package io.turnaround.ui.dashboard;

import io.turnaround.domain.Dashboard;
import io.turnaround.domain.PromisesKept;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The dashboard's figures, computed on the background worker from one row of figures per case. */
public final class DashboardViewModel {
    private final CaseStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();
    /** The complaint register of the last six months: the dashboard's complaint charts. */
    private final ObjectProperty<io.turnaround.domain.ComplaintRegister.Register> complaints = new SimpleObjectProperty<>();
    private java.util.function.Supplier<io.turnaround.domain.ComplaintRules> rules = io.turnaround.domain.ComplaintRules::defaults;

    public void complaintRules(java.util.function.Supplier<io.turnaround.domain.ComplaintRules> value) {
        this.rules = value;
    }

    public ObjectProperty<io.turnaround.domain.ComplaintRegister.Register> complaintsProperty() {
        return complaints;
    }

    public DashboardViewModel(CaseStore store, BackgroundTasks tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public CompletableFuture<?> load() {
        io.turnaround.domain.ComplaintRules firm = rules.get();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(firm.zone()));
        tasks.run(() -> io.turnaround.domain.ComplaintRegister.of(store.complaints(), today.minusMonths(6).plusDays(1), today, firm),
                complaints::set);
        return tasks.run(() -> Dashboard.of(store.stats(), PromisesKept.of(store.allCommitments(), clock.instant()), clock.getZone()),
                dashboard::set);
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }
}
