package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.Engine;
import io.turnaround.store.TestLibrary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two windows on one team library (a real PostgreSQL server), as two managers' laptops: a note one adds to a case shows
 * in the other's open case, and a case one opens shows in the other's list, without anyone reloading anything.
 */
class TwoWindowsUiTest extends WindowTest {
    @TempDir
    Path dir;
    WindowDriver other;

    @AfterEach
    void closeOther() throws Exception {
        if (other != null && other.window.stage().isShowing()) {
            other.close();
        }
    }

    @Test
    void eachWindowShowsTheOthersEditsWithoutReloading() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        long id;
        try (Database setup = library.open()) {
            id = new CaseRepository(setup, Clock.systemUTC()).create(TestCases.fullyPopulated()).id();
        }
        ui = WindowDriver.open(library.open(), dir.resolve("anna"));
        other = WindowDriver.open(library.open(), dir.resolve("ben"));
        ui.robot.interact(() -> ui.window.viewModel().open(id));
        other.robot.interact(() -> other.window.viewModel().open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null && other.session() != null);
        @SuppressWarnings("unchecked")
        ListView<Note> annasNotes = (ListView<Note>) ui.node("#listen-notes");
        int before = annasNotes.getItems().size();

        long typed = System.nanoTime();
        other.robot.interact(() -> other.session().update(c -> c.withListen(c.listen().withNoteAdded(
                new Note(null, 2_000, Instant.now(), "Ben: the customer called back", NoteTag.CLAIM, false)))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> annasNotes.getItems().size() == before + 1);
        System.out.printf("TwoWindowsUiTest: a colleague's note shown after %d ms (autosave delay included)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typed));
        assertEquals("Ben: the customer called back", annasNotes.getItems().get(before).text());

        // Anna adds one too: Ben's window shows it, and the case holds both.
        ui.robot.interact(() -> ui.session().update(c -> c.withListen(c.listen().withNoteAdded(
                new Note(null, 3_000, Instant.now(), "Anna: refund agreed", NoteTag.CLAIM, false)))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> other.session().current().listen().notes().stream()
                .anyMatch(n -> n.text().equals("Anna: refund agreed")));
        ui.flush();
        other.flush();
        try (Database check = library.open()) {
            CaseFile stored = new CaseRepository(check, Clock.systemUTC()).load(id).orElseThrow();
            assertTrue(stored.listen().notes().stream().anyMatch(n -> n.text().equals("Ben: the customer called back")));
            assertTrue(stored.listen().notes().stream().anyMatch(n -> n.text().equals("Anna: refund agreed")));
        }

        // A case Ben opens joins Anna's list.
        ui.robot.interact(() -> ui.window.viewModel().show(io.turnaround.ui.main.Page.Kind.CASES));
        TableView<?> annasList = (TableView<?>) ui.node("#case-table");
        int listed = annasList.getItems().size();
        other.robot.interact(() -> other.window.viewModel().newCase());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> annasList.getItems().size() == listed + 1);
    }

    @Test
    void aQuestionAboutTheFieldBeingTypedInWaitsUntilItIsLeft() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        long id;
        try (Database setup = library.open()) {
            id = new CaseRepository(setup, Clock.systemUTC()).create(TestCases.fullyPopulated()).id();
        }
        ui = WindowDriver.open(library.open(), dir.resolve("ben"));
        ui.robot.interact(() -> ui.window.viewModel().open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.session() != null);
        javafx.scene.control.TextField subject = (javafx.scene.control.TextField) ui.node("#wizard-subject");
        String before = subject.getText();

        // Ben types at the end of the subject; within the autosave's pause, a colleague saves another subject.
        ui.robot.interact(() -> {
            subject.requestFocus();
            subject.end();
        });
        ui.robot.write(" \u2014 urgent");
        try (Database colleague = library.open()) {
            CaseRepository theirs = new CaseRepository(colleague, Clock.systemUTC());
            CaseFile now = theirs.load(id).orElseThrow();
            theirs.save(now.withHeader(now.header().withSubject("Shirts: wrong size, second delivery").withUpdatedAt(Instant.now())), now);
        }
        javafx.scene.control.Label status = (javafx.scene.control.Label) ui.node("#status-line");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("A colleague changed what you are typing too"));
        ui.robot.write(", by Friday"); // he finishes his sentence: nothing interrupts it
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.robot.lookup("#choose-dialog").tryQuery().isEmpty(), "no question while he types");
        assertEquals(before + " \u2014 urgent, by Friday", subject.getText(), "his text stays under his cursor");

        ui.keys(javafx.scene.input.KeyCode.TAB); // he leaves the field: now he is asked
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.robot.lookup("#choose-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = ui.robot.lookup("#choose-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(question.getContentText().contains("Shirts: wrong size, second delivery")
                && question.getContentText().contains(before + " \u2014 urgent, by Friday"), question.getContentText());
        assertTrue(question.getContentText().contains("postgres changed it too, at"), "whose change, and when: " + question.getContentText());
        javafx.scene.control.Button mine = (javafx.scene.control.Button) question.lookupAll(".button").stream()
                .filter(b -> b instanceof javafx.scene.control.Button k && k.getText().equals("Keep mine")).findFirst().orElseThrow();
        ui.robot.interact(mine::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().equals("All changes saved"));
        ui.flush();
        try (Database check = library.open()) {
            assertEquals(before + " \u2014 urgent, by Friday", new CaseRepository(check, Clock.systemUTC()).load(id).orElseThrow().header().subject());
            assertTrue(new io.turnaround.store.AuditLog(check).entries(id).stream()
                    .anyMatch(e -> e.action().equals("merged") && e.detail().contains("kept mine")), "the choice is in the log");
        }
    }
}
