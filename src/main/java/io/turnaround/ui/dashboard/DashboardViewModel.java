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

    public DashboardViewModel(CaseStore store, BackgroundTasks tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public CompletableFuture<?> load() {
        return tasks.run(() -> Dashboard.of(store.stats(), PromisesKept.of(store.allCommitments(), clock.instant()), clock.getZone()),
                dashboard::set);
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }
}
