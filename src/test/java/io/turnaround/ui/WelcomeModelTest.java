package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.app.SampleCase;
import io.turnaround.domain.CaseFile;
import io.turnaround.store.SettingsRepository;
import io.turnaround.ui.caselist.CaseListFilter;
import io.turnaround.ui.caselist.CaseListModel;
import io.turnaround.ui.caselist.WelcomeModel;
import io.turnaround.ui.common.SettingsModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome reads the library's overview from the case list, which asks the store (a real one). */
class WelcomeModelTest {
    @TempDir
    Path dir;

    /** A library that holds only the sample (the fixture's own case deleted), and its case list. */
    private static CaseListModel onlyTheSample(SessionFixture fx, long[] sampleId) {
        fx.repository.delete(fx.session.current().id());
        sampleId[0] = fx.repository.create(SampleCase.load()).id();
        CaseListModel list = new CaseListModel(fx.repository, fx.tasks, new CaseListFilter(fx.clock));
        fx.await(list.refresh());
        return list;
    }

    @Test
    void shownUntilDismissedThenNeverAgainAndItOpensTheSample() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SettingsModel settings = new SettingsModel(new SettingsRepository(fx.db), fx.tasks);
            long[] sample = new long[1];
            CaseListModel list = onlyTheSample(fx, sample);
            List<Long> opened = new ArrayList<>();
            WelcomeModel first = new WelcomeModel(settings, list.overviewProperty(), opened::add);
            first.load();
            fx.settle();
            assertTrue(first.visibleProperty().get());
            assertTrue(first.hasSampleProperty().get());
            first.openSample();
            assertEquals(List.of(sample[0]), opened);
            first.dismiss();
            fx.settle();

            WelcomeModel next = new WelcomeModel(settings, list.overviewProperty(), opened::add);
            next.load();
            fx.settle();
            assertFalse(next.visibleProperty().get(), "dismissed for good");
            fx.repository.delete(sample[0]);
            fx.await(list.refresh());
            assertFalse(next.hasSampleProperty().get(), "no sample once it is deleted");
        }
    }

    @Test
    void shownOnlyWhileTheManagerHasNoCaseOfTheirOwn() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SettingsModel settings = new SettingsModel(new SettingsRepository(fx.db), fx.tasks);
            CaseListModel list = onlyTheSample(fx, new long[1]);
            WelcomeModel welcome = new WelcomeModel(settings, list.overviewProperty(), id -> { });
            welcome.load();
            fx.settle();
            assertTrue(welcome.visibleProperty().get(), "only the sample: welcome");
            CaseFile bens = fx.repository.create(CaseFile.start("", "Late", "Acme", fx.clock.instant()));
            fx.await(list.refresh());
            assertFalse(welcome.visibleProperty().get(), "a case of one's own: the list is what matters now");
            // As in a team library, where each case has the role that opened it.
            fx.db.write(c -> {
                try (var update = c.prepareStatement("UPDATE cases SET owner = 'ben' WHERE id = " + bens.id())) {
                    return update.executeUpdate();
                }
            });
            list.setMe("anna");
            fx.await(list.refresh());
            assertTrue(welcome.visibleProperty().get(), "in a team library, a colleague's case is not Anna's own");
            CaseFile annas = fx.repository.create(CaseFile.start("", "Invoice", "Globex", fx.clock.instant()));
            fx.db.write(c -> {
                try (var update = c.prepareStatement("UPDATE cases SET owner = 'anna' WHERE id = " + annas.id())) {
                    return update.executeUpdate();
                }
            });
            fx.await(list.refresh());
            assertFalse(welcome.visibleProperty().get());
        }
    }
}
