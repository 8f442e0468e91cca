package io.turnaround.bench;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.listen.ListenView;
import io.turnaround.ui.listen.ListenViewModel;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Adding a note to a case that already has 2,000: the time on the FX thread from Enter to a
 * laid-out list (the view model's work, the list update and a full CSS + layout pass).
 * Must stay under one frame (16 ms).
 */
final class NoteBench {
    private NoteBench() {
    }

    static void run() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();

        Database db = Database.openIn(Files.createTempDirectory("turnaround-bench"));
        CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            notes.add(new Note(null, i * 1000L, Instant.EPOCH.plusSeconds(i), "Earlier note " + i + " about the delivery",
                    i % 7 == 0 ? NoteTag.CLAIM : NoteTag.OTHER, i % 11 == 0));
        }
        CaseFile c = TestCases.fullyPopulated();
        CaseFile stored = repo.create(c.withListen(c.listen().withNotes(notes)));
        BackgroundTasks tasks = new BackgroundTasks(io.turnaround.ui.common.UiThread.fx());

        CompletableFuture<long[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            CaseSession session = new CaseSession(stored, repo, tasks, Clock.systemUTC());
            I18n i18n = new I18n(Locale.ENGLISH);
            ListenViewModel vm = new ListenViewModel(session, Clock.systemUTC());
            ListenView view = new ListenView(vm, i18n, new Forms(i18n));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1100, 700));
            stage.show();
            long[] times = new long[300];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                vm.draftProperty().set("A new note typed during the call, number " + i);
                vm.addNote();
                view.applyCss();
                view.layout();
                times[i] = System.nanoTime() - t0;
            }
            stage.close();
            result.complete(times);
        });
        long[] times = result.join();
        // The first runs warm the JIT; a manager's first note is also the JVM's first, but it is one note.
        long[] steady = Arrays.copyOfRange(times, 50, times.length);
        Arrays.sort(steady);
        System.out.printf("listen.add_note_2000_notes.median_ms %.2f  p95 %.2f  max %.2f  first %.2f (target < 16)%n",
                steady[steady.length / 2] / 1e6, steady[(int) (steady.length * 0.95)] / 1e6, steady[steady.length - 1] / 1e6,
                times[0] / 1e6);
        tasks.close();
        db.close();
        Platform.exit();
    }
}
