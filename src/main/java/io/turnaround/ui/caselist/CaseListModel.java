package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.store.CaseStore;
import io.turnaround.ui.common.BackgroundTasks;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The case list as the store gives it: the count of the cases the filters find and their rows a page at a time, in
 * the order the user sorted by. Sorting and filtering run in the database; the window never holds every case. Each
 * change of the filters or of the sort is a new query, answered on the worker; an answer to an older one is dropped.
 */
public final class CaseListModel {
    /**
     * What the welcome and the status line need to know of the whole library, whatever the list's filters.
     *
     * @param total      every case
     * @param ownCases   whether the manager has a case of their own (not the sample; in a team library, theirs)
     * @param sampleId   the sample case, or null
     * @param deadlines  whether a regulated complaint has a letter due (the list then shows the Response due column)
     */
    public record Overview(int total, boolean ownCases, Long sampleId, boolean deadlines) {
        static final Overview NONE = new Overview(0, false, null, false);
    }

    private final CaseStore store;
    private final BackgroundTasks tasks;
    private final CaseListFilter filter;
    private final PagedCases rows = new PagedCases();
    /** Counts the answers shown: the list view keeps its selection across them. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper answers = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(Overview.NONE);
    private CaseQuery.Sort sort = CaseQuery.Sort.OPENED;
    private boolean descending = true;
    /** The manager's role in a team library ("Mine", and whose cases are their own); empty on one computer. */
    private String me = "";
    /** Counts the queries asked; only the answer to the last one is shown. */
    private long generation;

    /** A query that fails is said in the status line (the tasks' error channel), as every background failure. */
    public CaseListModel(CaseStore store, BackgroundTasks tasks, CaseListFilter filter) {
        this.store = store;
        this.tasks = tasks;
        this.filter = filter;
        filter.queryProperty().addListener((o, was, now) -> {
            if (loaded.get()) {
                ask(false);
            }
        });
    }

    /** In a team library: the manager's role, whose cases are their own. */
    public void setMe(String role) {
        me = role == null ? "" : role;
        meShown.set(me);
    }

    private final javafx.beans.property.ReadOnlyStringWrapper meShown = new javafx.beans.property.ReadOnlyStringWrapper("");

    /** {@link #me()} as it changes (the menus offer what only a team library has). */
    public javafx.beans.property.ReadOnlyStringProperty meProperty() {
        return meShown.getReadOnlyProperty();
    }

    /** The manager's role in a team library; empty on one computer. */
    public String me() {
        return me;
    }

    /** Asks again (the library changed): the first page of the current query, its count, and the library's overview. */
    public CompletableFuture<?> refresh() {
        return ask(true);
    }

    /** @param library also the overview of the whole library, which a new filter or sort does not change */
    private CompletableFuture<?> ask(boolean library) {
        long asked = ++generation;
        CaseQuery query = query();
        String mine = me;
        return tasks.run(() -> {
            int count = store.count(query);
            return new Answer(count, store.page(query, null, 0, PagedCases.PAGE),
                    library ? overview(mine, query.equals(CaseQuery.ALL) ? count : store.count(CaseQuery.ALL)) : null);
        }, answer -> {
            if (asked != generation) {
                return;
            }
            rows.reset(answer.count, answer.first, (list, page, afterId) -> fetch(asked, query, list, page, afterId));
            if (answer.overview != null) {
                overview.set(answer.overview);
            }
            loaded.set(true);
            answers.set(answers.get() + 1);
        }).exceptionally(failure -> null); // said in the status line; what waits for the list goes on (the page still changes)
    }

    private record Answer(int count, List<CaseSummary> first, Overview overview) {
    }

    /** @param total how many cases the library holds (the list's own count when it shows them all: not asked twice) */
    private Overview overview(String mine, int total) {
        boolean own = !store.page(CaseQuery.ALL.samples(false).ownedBy(mine), null, 0, 1).isEmpty();
        List<CaseSummary> sample = store.page(CaseQuery.ALL.samples(true), null, 0, 1);
        // The first case by deadline: the index's first entry says whether any complaint has a letter due.
        List<CaseSummary> soonest = store.page(CaseQuery.ALL.sortedBy(CaseQuery.Sort.RESPONSE_DUE, false), null, 0, 1);
        return new Overview(total, own, sample.isEmpty() ? null : sample.get(0).id(),
                !soonest.isEmpty() && soonest.get(0).responseDue() != null);
    }

    private void fetch(long asked, CaseQuery query, PagedCases list, int page, Long afterId) {
        int count = list.size();
        tasks.run(() -> read(query, count, page, afterId), found -> {
            if (asked == generation) {
                list.arrived(page, found);
            }
        }).whenComplete((x, failure) -> {
            if (failure != null) {
                tasks.onUi(() -> list.failed(page));
            }
        });
    }

    /**
     * A page: after the last case of the page before when that one is loaded (keyset); else by position, counted from
     * the nearer end: a page in the second half is read in the opposite order and turned round, so End costs what Home
     * does rather than a walk past every case.
     */
    private List<CaseSummary> read(CaseQuery query, int count, int page, Long afterId) {
        if (afterId != null) {
            return store.page(query, afterId, 0, PagedCases.PAGE);
        }
        int from = page * PagedCases.PAGE;
        if (from <= count / 2) {
            return store.page(query, null, from, PagedCases.PAGE);
        }
        int to = Math.min(count, from + PagedCases.PAGE);
        List<CaseSummary> backwards = new java.util.ArrayList<>(store.page(query.sortedBy(query.sort(), !query.descending()), null,
                count - to, to - from));
        java.util.Collections.reverse(backwards);
        return backwards;
    }

    /** Sorts by a column (in the database), or back to newest first with null. */
    public CompletableFuture<?> sortBy(CaseQuery.Sort by, boolean highestFirst) {
        sort = by == null ? CaseQuery.Sort.OPENED : by;
        descending = by == null || highestFirst;
        return ask(false);
    }

    /** The filters' query in the chosen order. */
    public CaseQuery query() {
        return filter.queryProperty().get().sortedBy(sort, descending);
    }

    /** Where a case is among the rows loaded so far, or -1. */
    public int indexOfLoaded(long caseId) {
        return rows.indexOfLoaded(caseId);
    }

    /** The rows: as many as the query finds, each loaded when it is first shown (null until then). */
    public ObservableList<CaseSummary> rows() {
        return rows;
    }

    /** How many answers have been shown; it changes after every new answer. */
    public javafx.beans.property.ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    /** False until the first answer: the empty list says "loading", not "no cases". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }
}
