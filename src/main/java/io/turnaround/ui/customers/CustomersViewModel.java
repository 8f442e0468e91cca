package io.turnaround.ui.customers;

import io.turnaround.domain.CustomerHistory;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every customer organisation's history, computed on the background worker. */
public final class CustomersViewModel {
    private final CaseStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObservableList<CustomerHistory> customers = FXCollections.observableArrayList();

    public CustomersViewModel(CaseStore store, BackgroundTasks tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    public CompletableFuture<?> load() {
        return tasks.run(() -> CustomerHistory.of(store.stats(), clock.instant()), customers::setAll);
    }

    public ObservableList<CustomerHistory> customers() {
        return customers;
    }
}
