package io.turnaround.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Test access to the index rebuild that the V4 migration runs. */
final class SearchIndexAccess {
    private SearchIndexAccess() {
    }

    static Void clearAndRebuild(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM case_search");
        SearchIndex.rebuild(c);
        return null;
    }
}
