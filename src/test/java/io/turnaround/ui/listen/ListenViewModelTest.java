package io.turnaround.ui.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Note;
import io.turnaround.ui.SessionFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenViewModelTest {
    @TempDir
    Path dir;

    @Test
    void notesAreStampedWithTheCallClockAndTheWallClock() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            vm.startCall();
            f.clock.advance(Duration.ofSeconds(75));
            vm.draftProperty().set("  They were promised delivery on Monday  ");
            assertTrue(vm.addNote());
            Note note = vm.notes().get(0);
            assertEquals(75_000, note.callOffsetMillis());
            assertEquals(f.clock.instant(), note.wallTime());
            assertEquals("They were promised delivery on Monday", note.text());
            assertEquals("", vm.draftProperty().get(), "the note line is cleared for the next note");
            assertEquals(vm.notes(), f.reloaded().listen().notes(), "and it is saved");
        }
    }

    @Test
    void aBlankNoteIsNotAdded() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            vm.draftProperty().set(" \n\t ");
            assertFalse(vm.addNote());
            assertTrue(vm.notes().isEmpty());
        }
    }

    @Test
    void theClockStopsAtEndCallAndResumesWithoutCountingTheGap() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            assertEquals(0, vm.callOffsetMillis(), "no call yet");
            vm.startCall();
            assertTrue(vm.callRunningProperty().get());
            f.clock.advance(Duration.ofMinutes(3));
            vm.endCall();
            assertFalse(vm.callRunningProperty().get());
            f.clock.advance(Duration.ofMinutes(10));
            assertEquals(180_000, vm.callOffsetMillis(), "frozen after the end");
            vm.startCall();
            f.clock.advance(Duration.ofSeconds(30));
            assertEquals(210_000, vm.callOffsetMillis(), "the ten-minute gap is a pause");
            vm.tick();
            assertEquals("03:30", vm.clockTextProperty().get());
            var listen = f.reloaded().listen();
            assertEquals(600_000, listen.pausedMillis());
        }
    }

    @Test
    void theClockShowsHoursOnlyOnLongCalls() {
        assertEquals("00:00", ListenViewModel.formatClock(0));
        assertEquals("59:59", ListenViewModel.formatClock(3_599_999));
        assertEquals("1:00:00", ListenViewModel.formatClock(3_600_000));
    }
}
