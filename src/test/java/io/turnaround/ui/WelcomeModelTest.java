package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import io.turnaround.store.SettingsRepository;
import io.turnaround.ui.caselist.WelcomeModel;
import io.turnaround.ui.common.SettingsModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeModelTest {
    @TempDir
    Path dir;

    @Test
    void shownUntilDismissedThenNeverAgainAndItOpensTheSample() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SettingsModel settings = new SettingsModel(new SettingsRepository(fx.db), fx.tasks);
            ObservableList<CaseSummary> cases = FXCollections.observableArrayList(
                    new CaseSummary(7, "SAMPLE-FIRE", "Rivertown", "Shirts", CaseStatus.APPROVED, Instant.EPOCH, null, true));
            List<Long> opened = new ArrayList<>();
            WelcomeModel first = new WelcomeModel(settings, cases, opened::add);
            first.load();
            fx.settle();
            assertTrue(first.visibleProperty().get());
            assertTrue(first.hasSampleProperty().get());
            first.openSample();
            assertEquals(List.of(7L), opened);
            first.dismiss();
            fx.settle();

            WelcomeModel next = new WelcomeModel(settings, cases, opened::add);
            next.load();
            fx.settle();
            assertFalse(next.visibleProperty().get(), "dismissed for good");
            cases.remove(0);
            assertFalse(next.hasSampleProperty().get(), "no sample once it is deleted");
        }
    }

    @Test
    void shownOnlyWhileTheManagerHasNoCaseOfTheirOwn() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SettingsModel settings = new SettingsModel(new SettingsRepository(fx.db), fx.tasks);
            ObservableList<CaseSummary> cases = FXCollections.observableArrayList(
                    new CaseSummary(7, "SAMPLE-FIRE", "Rivertown", "Shirts", CaseStatus.APPROVED, Instant.EPOCH, null, true));
            WelcomeModel welcome = new WelcomeModel(settings, cases, id -> { });
            welcome.load();
            fx.settle();
            assertTrue(welcome.visibleProperty().get(), "only the sample: welcome");
            cases.add(new CaseSummary(1, "T-2026-0001", "Acme", "Late", CaseStatus.OPEN_ON_CALL, Instant.EPOCH, null, false, "", "ben"));
            assertFalse(welcome.visibleProperty().get(), "a case of one's own: the list is what matters now");
            welcome.setMe("anna");
            assertTrue(welcome.visibleProperty().get(), "in a team library, a colleague's case is not Anna's own");
            cases.add(new CaseSummary(2, "T-2026-0002", "Globex", "Invoice", CaseStatus.OPEN_ON_CALL, Instant.EPOCH, null, false, "", "anna"));
            assertFalse(welcome.visibleProperty().get());
        }
    }
}
