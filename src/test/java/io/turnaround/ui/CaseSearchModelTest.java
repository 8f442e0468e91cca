package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.ui.caselist.CaseSearchModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSearchModelTest {
    @TempDir
    Path dir;

    @Test
    void showsTheHitsOfTheLatestQueryOnlyAndNothingWhenTheFieldIsEmpty() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            fx.repository.create(CaseFile.start("", "Laundry damage", "Rivertown", fx.clock.instant()));
            fx.repository.create(CaseFile.start("", "Invoice error", "Globex", fx.clock.instant()));
            CaseSearchModel search = new CaseSearchModel(fx.repository, fx.tasks);
            search.queryProperty().set("inv");
            search.queryProperty().set("laund"); // typed on before the first search ran: only this one counts
            waitUntil(fx, () -> search.hits().size() == 1);
            assertEquals("Laundry damage", search.hits().get(0).summary().subject());
            assertTrue(search.activeProperty().get());
            search.queryProperty().set("  ");
            assertTrue(search.hits().isEmpty());
            assertFalse(search.activeProperty().get(), "the list of all cases shows again");
        }
    }

    /** Waits, running what the search hands back to the UI thread, until {@code condition} holds. */
    private static void waitUntil(SessionFixture fx, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            fx.ui.runPending();
        }
        assertTrue(condition.getAsBoolean());
    }
}
