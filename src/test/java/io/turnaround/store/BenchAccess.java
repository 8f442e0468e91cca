package io.turnaround.store;

/** What the benchmarks compare the store's own queries with. */
public final class BenchAccess {
    private BenchAccess() {
    }

    /** The FTS5 expression a search for {@code words} runs. */
    public static String fts5(String words) {
        return SearchQuery.parse(words).fts5();
    }
}
