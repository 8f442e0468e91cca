package io.turnaround.ui.empathize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Temperature;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.listen.ListenViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmpathizeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void draftsAreBuiltFromTheKeyPointsAndFollowNewOnes() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel listen = new ListenViewModel(f.session, f.clock);
            EmpathizeViewModel vm = new EmpathizeViewModel(f.session, f.clock, new ReflectTemplates(Locale.ENGLISH));
            assertEquals(List.of(), vm.phrasings(), "nothing heard yet: no drafts made of placeholders");
            for (String text : new String[] {"The order arrived a week late", "Nobody called to warn them", "Unrelated remark"}) {
                listen.draftProperty().set(text);
                listen.addNote();
            }
            assertTrue(vm.phrasings().size() >= 3, "at least three phrasings");
            for (String p : vm.phrasings()) {
                assertTrue(p.contains("nobody called to warn them and Unrelated remark"), "no key point yet: the latest notes; " + p);
            }
            listen.toggleKeyPoint(listen.notes().get(0));
            listen.toggleKeyPoint(listen.notes().get(1));
            listen.setTemperature(Temperature.ANGRY);
            assertEquals(2, vm.keyPoints().size(), "marked in Listen after this screen was built");
            for (String p : vm.phrasings()) {
                assertTrue(p.contains("the order arrived a week late and nobody called to warn them"), p);
                assertTrue(p.split("\\s+").length <= io.turnaround.domain.ReflectBack.WORDS, p);
                assertTrue(p.contains("angry"), p);
                assertFalse(p.contains("Unrelated"), p);
            }
            assertEquals(vm.phrasings().size(), vm.phrasings().stream().distinct().count(), "each phrasing differs");
            vm.usePhrasing(1);
            assertEquals(vm.phrasings().get(1), f.reloaded().empathize().reflectBack());
        }
    }

    @Test
    void saidOnTheCallRecordsWhen() {
        try (SessionFixture f = new SessionFixture(dir)) {
            EmpathizeViewModel vm = new EmpathizeViewModel(f.session, f.clock, new ReflectTemplates(Locale.ENGLISH));
            vm.saidProperty().set(true);
            assertEquals(f.clock.instant(), f.reloaded().empathize().saidOnCallAt());
            assertNotNull(vm.saidAtProperty().get());
            vm.saidProperty().set(false);
            assertNull(f.reloaded().empathize().saidOnCallAt());
        }
    }

    @Test
    void saidOnTheCallIsStampedLikeTheNotesWithTheCallClockAndTheWallClock() {
        try (SessionFixture f = new SessionFixture(dir)) {
            io.turnaround.ui.listen.ListenViewModel listen = new io.turnaround.ui.listen.ListenViewModel(f.session, f.clock);
            listen.startCall();
            f.clock.advance(java.time.Duration.ofSeconds(75));
            EmpathizeViewModel vm = new EmpathizeViewModel(f.session, f.clock, new ReflectTemplates(java.util.Locale.ENGLISH));
            vm.saidProperty().set(true);
            assertEquals(Long.valueOf(75_000), vm.saidAtCallOffset());
            io.turnaround.ui.common.CallStamp stamps = new io.turnaround.ui.common.CallStamp(java.util.Locale.UK, f.clock.getZone());
            assertEquals("01:15 \u00b7 10:01", stamps.format(vm.saidAtCallOffset(), vm.saidAtProperty().get()),
                    "the same stamp as a note taken then");
            assertEquals("10:01", stamps.format(null, vm.saidAtProperty().get()), "outside a call, the wall clock alone");
        }
    }
}
