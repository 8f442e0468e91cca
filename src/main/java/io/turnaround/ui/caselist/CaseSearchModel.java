package io.turnaround.ui.caselist;

import io.turnaround.domain.SearchHit;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Search over every case as the user types: the query runs on the background worker a moment after the last
 * keystroke, and only the answer to the latest query is shown.
 */
public final class CaseSearchModel {
    static final Duration PAUSE = Duration.ofMillis(120);
    static final int LIMIT = 200;

    private final CaseStore store;
    private final BackgroundTasks tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final AtomicLong latest = new AtomicLong();
    private final BooleanBinding active = Bindings.createBooleanBinding(() -> !query.get().isBlank(), query);

    public CaseSearchModel(CaseStore store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        query.addListener((o, was, now) -> search(now));
    }

    private void search(String words) {
        long generation = latest.incrementAndGet();
        if (words == null || words.isBlank()) {
            hits.clear();
            return;
        }
        tasks.schedule(PAUSE, () -> {
            if (generation != latest.get()) {
                return; // a newer query was typed meanwhile
            }
            List<SearchHit> found = store.search(words, LIMIT);
            tasks.onUi(() -> {
                if (generation == latest.get()) {
                    hits.setAll(found);
                }
            });
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** True while there is something to search for: the list shows the hits instead of all cases. */
    public BooleanBinding activeProperty() {
        return active;
    }
}
