package io.turnaround.bench;

import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import io.turnaround.store.CaseStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The case list's queries as the window asks them, on the worker: the first screen (the count and the first page of
 * 200, newest first), the same after a change of sort or of filter, the next page after the last row shown (keyset),
 * a jump to the middle (a page by position), and opening a case. Each query 3 times to warm up, then measured.
 */
final class ListBench {
    private static final int PAGE = 200;

    private ListBench() {
    }

    static void run(String prefix, CaseStore store) {
        CaseQuery all = CaseQuery.ALL;
        int total = store.count(all);
        report(prefix + ".list.first_screen", List.of(all), q -> firstScreen(store, q), 20, "goal <= 300; " + total + " cases");
        List<CaseQuery> sorts = Arrays.stream(CaseQuery.Sort.values()).flatMap(s -> List.of(all.sortedBy(s, false), all.sortedBy(s, true)).stream())
                .toList();
        report(prefix + ".list.sort_changed", sorts, q -> firstScreen(store, q), 3, "every column, both ways");
        Instant now = Instant.now();
        List<CaseQuery> filters = List.of(
                new CaseQuery(CaseStatus.INVESTIGATING, "", null, null, "", null, null, "", null, null, true),
                new CaseQuery(null, "tyrell", null, null, "", null, null, "", null, null, true),
                new CaseQuery(null, "", null, null, "", now, null, "", null, null, true),
                new CaseQuery(null, "", now.minus(90, ChronoUnit.DAYS), null, "", null, null, "", null, null, true),
                new CaseQuery(null, "", null, null, "Delivery", null, null, "", null, null, true),
                new CaseQuery(null, "globex", null, null, "", null, null, "", null, CaseQuery.Sort.NEXT_CONTACT, false));
        report(prefix + ".list.filter_changed", filters, q -> firstScreen(store, q), 5, "status, customer, overdue, 90 days, category, customer by next contact");
        List<CaseSummary> first = store.page(all, null, 0, PAGE);
        report(prefix + ".list.next_page", List.of(all), q -> store.page(q, first.get(first.size() - 1).id(), 0, PAGE).size(), 20,
                "after the last row of the first page");
        report(prefix + ".list.jump_to_middle", List.of(all), q -> store.page(q, null, total / 2, PAGE).size(), 10,
                "a page by position, half way down");
        // As the window reads a page in the second half: in the opposite order from the far end, then turned round.
        report(prefix + ".list.jump_to_end", List.of(all), q -> store.page(q.sortedBy(q.sort(), !q.descending()), null, 0, PAGE).size(), 10,
                "the last page (End), read from the far end as the window does");
        java.util.Random random = new java.util.Random(1);
        List<Long> ids = store.page(all, null, 0, 5000).stream().map(CaseSummary::id).toList();
        report(prefix + ".open_case", List.of(all), q -> store.load(ids.get(random.nextInt(ids.size()))).isPresent() ? 1 : 0, 50,
                "goal <= 20; a random one of the newest 5,000");
    }

    private static int firstScreen(CaseStore store, CaseQuery q) {
        return store.count(q) + store.page(q, null, 0, PAGE).size();
    }

    private static void report(String name, List<CaseQuery> queries, Function<CaseQuery, Integer> work, int rounds, String note) {
        long[] times = new long[queries.size() * rounds];
        for (int round = -3; round < rounds; round++) {
            for (int q = 0; q < queries.size(); q++) {
                long s = System.nanoTime();
                work.apply(queries.get(q));
                if (round >= 0) {
                    times[round * queries.size() + q] = System.nanoTime() - s;
                }
            }
        }
        Arrays.sort(times);
        System.out.printf("%s.median_ms %.1f  p95 %.1f  max %.1f  (%s)%n", name, times[times.length / 2] / 1e6,
                times[Math.min(times.length - 1, times.length * 95 / 100)] / 1e6, times[times.length - 1] / 1e6, note);
    }
}
