package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.caselist.CaseListFilter;
import io.turnaround.ui.caselist.CaseListModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case list's rows, a page at a time, without a window: whichever row is shown first — the next one down, one half
 * way, the last — every row ends up the one the whole query gives at that place, in every order and filter.
 */
class CaseListModelTest {
    @TempDir
    Path dir;

    @Test
    void everyRowIsTheQuerysRowAtThatPlaceHoweverTheListIsScrolled() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            List<CaseFile> drafts = new ArrayList<>();
            for (int i = 0; i < 1111; i++) {
                drafts.add(CaseFile.start("", "Case " + i, "Customer " + (i * 7919 % 1111), fx.clock.instant().minusSeconds(60L * i)));
            }
            fx.repository.createAll(drafts);
            CaseListFilter filter = new CaseListFilter(fx.clock);
            CaseListModel list = new CaseListModel(fx.repository, fx.tasks, filter);
            fx.await(list.refresh());
            for (CaseQuery.Sort sort : List.of(CaseQuery.Sort.OPENED, CaseQuery.Sort.CUSTOMER)) {
                for (boolean descending : new boolean[] {true, false}) {
                    fx.await(list.sortBy(sort, descending));
                    List<CaseSummary> expected = fx.repository.page(list.query(), null, 0, 5000);
                    assertEquals(expected.size(), list.rows().size());
                    assertNull(list.rows().get(1000), "a row far down is read when it is first shown");
                    // The last page first (read from the end), then one in the middle, then the rest from the top down
                    // (each after the page before it).
                    int[] firstShown = {1110, 600, 0};
                    for (int at : firstShown) {
                        list.rows().get(at);
                        fx.settle();
                    }
                    for (int i = 0; i < expected.size(); i++) {
                        if (list.rows().get(i) == null) {
                            fx.settle();
                        }
                        assertEquals(expected.get(i), list.rows().get(i), sort + (descending ? " desc" : " asc") + " row " + i);
                    }
                }
            }
            filter.customerProperty().set("Customer 11");
            fx.settle();
            assertEquals(fx.repository.count(list.query()), list.rows().size(), "a filter is a new count");
        }
    }
}
