package io.turnaround.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library of more cases than one page of the list: the window shows its count at once, holds only the pages shown,
 * goes to the last (oldest) case with End and opens it with Enter, and a click on a column header sorts in the database.
 */
class LargeCaseListUiTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void theListGoesToItsLastCaseAndSortsByAColumnWithoutHoldingEveryCase() throws Exception {
        Path data = dir.resolve("data");
        List<CaseFile> drafts = new ArrayList<>();
        Instant first = Instant.parse("2025-01-01T09:00:00Z");
        for (int i = 0; i < 1500; i++) {
            // Customer names run against the order of opening, so that sorting by customer changes the first row.
            drafts.add(CaseFile.start("", "Case " + i, String.format("Customer %04d", 1500 - i), first.plusSeconds(3600L * i)));
        }
        try (Database db = Database.openIn(data)) {
            new CaseRepository(db, Clock.systemUTC()).createAll(drafts);
        }
        ui = WindowDriver.open(data);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = (TableView<CaseSummary>) ui.node("#case-table");
        assertEquals(1500, table.getItems().size(), "every case counted");
        assertEquals("Case 1499", row(table, 0).subject(), "newest first");
        assertNull(row(table, 1400), "a row far down is not read before it is shown");
        // None of these open cases has a next contact: each one's date cell stands out (bold), the others do not.
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Labeled> dates = cells(table, "case-col-next");
        assertTrue(dates.size() > 5, "a screen of rows");
        for (var cell : dates) {
            assertTrue(cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("no-date")), cell.getText());
            assertEquals("BOLD", weight(cell), cell.getText());
        }
        for (var cell : cells(table, "case-col-subject")) {
            assertEquals("NORMAL", weight(cell), cell.getText());
        }

        ui.robot.interact(table::requestFocus);
        ui.robot.interact(() -> table.getSelectionModel().select(0));
        ui.keys(KeyCode.END);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(table, 1499) != null);
        assertEquals("Case 0", row(table, 1499).subject(), "End goes to the oldest case");
        ui.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.window.viewModel().openCaseProperty().get() != null);
        assertEquals("Case 0", ui.session().current().header().subject());
        ui.chord(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.window.viewModel().openCaseProperty().get() == null);

        ui.robot.clickOn(header(table, "case-col-customer"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(table, 0) != null
                && row(table, 0).customerOrganisation().equals("Customer 0001"));
        ui.robot.clickOn(header(table, "case-col-customer"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(table, 0) != null
                && row(table, 0).customerOrganisation().equals("Customer 1500"));
        assertEquals(1500, table.getItems().size());
        // A new order replaces every row of the list: nothing reads them all (the rows far down are still unread).
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(row(table, 1000));
    }

    /** The cells of a column that show a row (read on the FX thread). */
    private static List<javafx.scene.control.Labeled> cells(TableView<?> table, String columnId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && !c.isEmpty() && c.getText() != null && !c.getText().isEmpty())
                .map(n -> (javafx.scene.control.Labeled) n).toList()).get(10, TimeUnit.SECONDS);
    }

    /** BOLD or NORMAL: the weight of a cell's font as styled. */
    private static String weight(javafx.scene.control.Labeled cell) {
        String style = cell.getFont().getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("bold") ? "BOLD" : "NORMAL";
    }

    /** A column's header, the node a click sorts by. */
    private static javafx.scene.Node header(TableView<?> table, String columnId) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null && columnId.equals(h.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    /** A row as the table sees it, read on the FX thread (a row not yet loaded asks for its page, from there only). */
    private static CaseSummary row(TableView<CaseSummary> table, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().get(index)).get(10, TimeUnit.SECONDS);
    }
}
