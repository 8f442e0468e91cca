package io.turnaround.ui.caselist;

import io.turnaround.domain.CaseSummary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The cases of one query as a list the table can show: it has as many rows as the query finds, but holds only the
 * pages someone looked at (a bounded number of them). A row not yet loaded is null, and asks for its page; when the
 * page arrives, its rows are announced as updated and the table draws them. A new answer replaces every row of the same
 * list (a table given another list would forget the column it is sorted by).
 */
final class PagedCases extends ObservableListBase<CaseSummary> {
    static final int PAGE = 200;
    /** 50 pages of 200: 10,000 rows at most in memory, whatever the library holds. */
    private static final int KEPT_PAGES = 50;

    /** Asks for a page: its number, and the id of the last case of the page before when that one is loaded (or null). */
    interface PageSource {
        void ask(PagedCases list, int page, Long afterId);
    }

    private int size;
    private PageSource source = (list, page, afterId) -> { };
    private final Set<Integer> asked = new HashSet<>();
    private final Map<Integer, List<CaseSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<CaseSummary>> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    /** The rows of a new answer: its count, its first page, and where the other pages come from. */
    void reset(int count, List<CaseSummary> firstPage, PageSource pageSource) {
        int before = size;
        size = count;
        source = pageSource;
        pages.clear();
        asked.clear();
        pages.put(0, List.copyOf(firstPage));
        beginChange();
        nextReplace(0, count, java.util.Collections.nCopies(before, null));
        endChange();
    }

    @Override
    public CaseSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<CaseSummary> rows = pages.get(page);
        if (rows == null) {
            if (asked.add(page)) {
                List<CaseSummary> before = pages.get(page - 1);
                source.ask(this, page, before == null || before.size() < PAGE ? null : before.get(PAGE - 1).id());
            }
            return null;
        }
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** A page has arrived (on the UI thread): its rows are drawn. */
    void arrived(int page, List<CaseSummary> rows) {
        asked.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }

    /** A page could not be read: asked for again the next time one of its rows is shown. */
    void failed(int page) {
        asked.remove(page);
    }

    /** Where a case is among the rows loaded so far, or -1. */
    int indexOfLoaded(long caseId) {
        for (Map.Entry<Integer, List<CaseSummary>> e : pages.entrySet()) {
            List<CaseSummary> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == caseId) {
                    return e.getKey() * PAGE + i;
                }
            }
        }
        return -1;
    }
}
