package io.turnaround.ui.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Temperature;
import io.turnaround.domain.TemperatureReading;
import java.util.List;
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
    void aSentenceTypedButNotEnteredIsSavedAndComesBackAndEnteringItClearsItInOneSave() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            vm.startCall();
            vm.draftProperty().set("First note");
            assertTrue(vm.addNote());
            vm.draftProperty().set("The second one, typed and not ent");
            assertEquals("The second one, typed and not ent", f.reloaded().listen().noteDraft(), "saved like any edit");
            ListenViewModel reopened = new ListenViewModel(f.session, f.clock);
            assertEquals("The second one, typed and not ent", reopened.draftProperty().get(), "back in the note line");

            java.util.List<io.turnaround.domain.Listen> saves = new java.util.ArrayList<>();
            f.session.currentProperty().addListener((o, was, now) -> saves.add(now.listen()));
            reopened.draftProperty().set("The second one, typed and not entered");
            saves.clear();
            assertTrue(reopened.addNote());
            assertEquals(1, saves.size(), "the note and the emptied line are one edit");
            assertEquals("", saves.get(0).noteDraft());
            assertEquals("The second one, typed and not entered", saves.get(0).notes().get(1).text());
            io.turnaround.domain.Listen stored = f.reloaded().listen();
            assertEquals(2, stored.notes().size());
            assertEquals("", stored.noteDraft());
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
            assertEquals(io.turnaround.domain.Listen.CallState.RUNNING, vm.status().callStateProperty().get());
            f.clock.advance(Duration.ofMinutes(3));
            vm.endCall();
            assertEquals(io.turnaround.domain.Listen.CallState.ENDED, vm.status().callStateProperty().get());
            f.clock.advance(Duration.ofMinutes(10));
            assertEquals(180_000, vm.callOffsetMillis(), "frozen after the end");
            vm.startCall();
            f.clock.advance(Duration.ofSeconds(30));
            assertEquals(210_000, vm.callOffsetMillis(), "the ten-minute gap is a pause");
            vm.tick();
            assertEquals("03:30", vm.status().clockTextProperty().get());
            var listen = f.reloaded().listen();
            assertEquals(600_000, listen.pausedMillis());
        }
    }

    @Test
    void aPauseStopsTheClockAndIsNotCallTime() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            vm.startCall();
            f.clock.advance(Duration.ofSeconds(40));
            vm.pauseCall();
            f.clock.advance(Duration.ofMinutes(2));
            assertEquals(40_000, vm.callOffsetMillis(), "frozen while on hold");
            vm.draftProperty().set("Customer back from hold");
            vm.addNote();
            assertEquals(40_000, vm.notes().get(0).callOffsetMillis());
            vm.startCall();
            f.clock.advance(Duration.ofSeconds(20));
            assertEquals(60_000, vm.callOffsetMillis());
            vm.pauseCall();
            f.clock.advance(Duration.ofMinutes(5));
            vm.endCall();
            assertEquals(60_000, vm.callOffsetMillis(), "a pause running when the call ends is not call time");
            var stored = f.reloaded().listen();
            assertEquals(io.turnaround.domain.Listen.CallState.ENDED, stored.callState());
            assertEquals(60_000, stored.callOffsetAt(f.clock.instant()));
        }
    }

    @Test
    void altNumbersTagTheSelectedNoteOrElseTheLatest() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            for (String text : new String[] {"first", "second", "third"}) {
                vm.draftProperty().set(text);
                vm.addNote();
            }
            vm.tagCurrent(NoteTag.CLAIM);
            assertEquals(NoteTag.CLAIM, vm.notes().get(2).tag(), "no selection: the latest note");
            vm.selectedProperty().set(vm.notes().get(0));
            vm.tagCurrent(NoteTag.REQUEST);
            assertEquals(NoteTag.REQUEST, vm.notes().get(0).tag());
            assertEquals(NoteTag.REQUEST, vm.selectedProperty().get().tag(), "the selection follows the edit");
            vm.tagCurrent(NoteTag.REQUEST);
            assertEquals(NoteTag.OTHER, vm.notes().get(0).tag(), "the same tag again removes it");
            vm.toggleKeyPoint(vm.notes().get(1));
            vm.editText(vm.notes().get(1), "  second, corrected  ");
            vm.editText(vm.notes().get(1), "   ");
            var stored = f.reloaded().listen().notes();
            assertEquals(List.of(NoteTag.OTHER, NoteTag.OTHER, NoteTag.CLAIM), stored.stream().map(Note::tag).toList());
            assertTrue(stored.get(1).keyPoint());
            assertEquals("second, corrected", stored.get(1).text(), "a blank edit keeps the text");
        }
    }

    @Test
    void theTemperatureIsKeptAsATimeSeriesAndShownPerNote() {
        try (SessionFixture f = new SessionFixture(dir)) {
            ListenViewModel vm = new ListenViewModel(f.session, f.clock);
            vm.startCall();
            vm.cycleTemperature();
            vm.cycleTemperature();
            vm.cycleTemperature();
            assertEquals(Temperature.ANGRY, vm.status().temperatureProperty().get(), "calm, upset, angry");
            vm.draftProperty().set("shouting about the invoice");
            vm.addNote();
            f.clock.advance(Duration.ofMinutes(4));
            vm.cycleTemperature();
            assertEquals(Temperature.CALM, vm.status().temperatureProperty().get(), "wraps round");
            vm.draftProperty().set("calmer now");
            vm.addNote();
            assertEquals(Temperature.ANGRY, vm.temperatureAt(vm.notes().get(0)));
            assertEquals(Temperature.CALM, vm.temperatureAt(vm.notes().get(1)));
            assertEquals(List.of(Temperature.CALM, Temperature.UPSET, Temperature.ANGRY, Temperature.CALM),
                    f.reloaded().listen().temperatures().stream().map(TemperatureReading::level).toList());
        }
    }

    @Test
    void theClockShowsHoursOnlyOnLongCalls() {
        assertEquals("00:00", ListenViewModel.formatClock(0));
        assertEquals("59:59", ListenViewModel.formatClock(3_599_999));
        assertEquals("1:00:00", ListenViewModel.formatClock(3_600_000));
    }
}
