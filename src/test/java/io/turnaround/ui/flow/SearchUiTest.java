package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.SearchHit;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Search as a manager uses it: Ctrl+F, a word in another form than the case's, the match shown, Enter opens it. */
class SearchUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aWordTypedInAnotherFormFindsTheCaseMarksTheWordAndOpensIt() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.openIn(data)) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            for (String[] c : List.of(new String[] {"Shirts ruined", "Acme Laundry", "She asked for a refund of the deposit"},
                    new String[] {"Van late", "Globex", "The parcel never arrived"})) {
                CaseFile draft = CaseFile.start("", c[0], c[1], Instant.parse("2026-03-01T10:00:00Z"));
                repo.create(draft.withListen(draft.listen().withNotes(List.of(new Note(null, 1000, Instant.EPOCH, c[2], NoteTag.CLAIM, false)))));
            }
        }
        ui = WindowDriver.open(data);
        ui.chord(KeyCode.F, KeyCode.CONTROL);
        ui.robot.write("refunds");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = (ListView<SearchHit>) ui.node("#case-search-results");
        AtomicReference<List<SearchHit>> hits = new AtomicReference<>(List.of());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ui.robot.interact(() -> hits.set(List.copyOf(results.getItems())));
            return hits.get().size() == 1;
        });
        assertEquals("Shirts ruined", hits.get().get(0).summary().subject());
        assertEquals("She asked for a [refund] of the deposit", hits.get().get(0).plainSnippet().strip());

        ui.keys(KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.window.viewModel().openCaseProperty().get() != null);
        assertEquals("Shirts ruined", ui.session().current().header().subject());
    }
}
