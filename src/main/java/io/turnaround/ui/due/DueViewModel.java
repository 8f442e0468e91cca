package io.turnaround.ui.due;

import io.turnaround.domain.DueGroup;
import io.turnaround.domain.DueItem;
import io.turnaround.domain.PromisesKept;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every open promise across the cases, grouped overdue / today / this week / later, and the share of promises kept. */
public final class DueViewModel {
    /** One promise and where it stands now. */
    public record Row(DueGroup group, DueItem item) {
    }

    private record Loaded(List<DueItem> items, PromisesKept.Tally kept) {
    }

    private final CaseStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty message = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<PromisesKept.Tally> kept = new SimpleObjectProperty<>(new PromisesKept.Tally(0, 0));

    public DueViewModel(CaseStore store, BackgroundTasks tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Regulated complaints whose next required letter is due within a week or overdue, soonest first. */
    private final ObservableList<io.turnaround.domain.CaseSummary> complaints = FXCollections.observableArrayList();

    public ObservableList<io.turnaround.domain.CaseSummary> complaints() {
        return complaints;
    }

    /** The most complaint deadlines the page lists (the case list's filter shows them all). */
    private static final int COMPLAINTS_SHOWN = 200;

    private io.turnaround.domain.CaseQuery complaintsDueWithinAWeek() {
        return io.turnaround.domain.CaseQuery.ALL.responseDueBefore(clock.instant().plus(java.time.Duration.ofDays(7)))
                .sortedBy(io.turnaround.domain.CaseQuery.Sort.RESPONSE_DUE, false);
    }

    /** For the notification at startup: complaints whose letter is overdue, and those due within a week (overdue included). */
    public CompletableFuture<long[]> countComplaintsDue() {
        CompletableFuture<long[]> counts = new CompletableFuture<>();
        tasks.run(() -> new long[] {store.count(io.turnaround.domain.CaseQuery.ALL.responseDueBefore(clock.instant())),
            store.count(complaintsDueWithinAWeek())}, counts::complete, counts::completeExceptionally);
        return counts;
    }

    public CompletableFuture<?> load() {
        tasks.run(() -> store.page(complaintsDueWithinAWeek(), null, 0, COMPLAINTS_SHOWN), complaints::setAll);
        return tasks.run(() -> new Loaded(store.openPromises(), PromisesKept.of(store.allCommitments(), clock.instant())), loaded -> {
            ZonedDateTime now = ZonedDateTime.now(clock);
            rows.setAll(loaded.items().stream().map(i -> new Row(DueGroup.of(i, now), i))
                    .sorted(Comparator.comparing(Row::group).thenComparing(r -> r.item().lateAfter(now.getZone()))).toList());
            kept.set(loaded.kept());
        });
    }

    /**
     * How many open promises fall in each group, for the notification at startup. Worked out on the worker and
     * nothing kept: the page loads its rows afresh when it opens, and a library of 100,000 cases has thousands.
     */
    public CompletableFuture<java.util.Map<DueGroup, Long>> countByGroup() {
        CompletableFuture<java.util.Map<DueGroup, Long>> counts = new CompletableFuture<>();
        tasks.run(() -> {
            ZonedDateTime now = ZonedDateTime.now(clock);
            return store.openPromises().stream().collect(java.util.stream.Collectors.groupingBy(i -> DueGroup.of(i, now),
                    () -> new java.util.EnumMap<>(DueGroup.class), java.util.stream.Collectors.counting()));
        }, counts::complete, counts::completeExceptionally);
        return counts;
    }

    /** Marks the promise done in its case, then shows the list again. */
    public CompletableFuture<?> markDone(Row row) {
        message.set("");
        return tasks.run(() -> store.markDone(row.item(), clock.instant()), done -> {
            if (!done) {
                message.set(row.item().reference());
            }
            load();
        }, e -> load());
    }

    /** The reference of a case that could not be changed (it is approved, so read-only), or "". */
    public javafx.beans.property.StringProperty refusedProperty() {
        return message;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<PromisesKept.Tally> keptProperty() {
        return kept;
    }
}
