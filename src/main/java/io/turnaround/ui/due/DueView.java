package io.turnaround.ui.due;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.DueGroup;
import io.turnaround.domain.DueItem;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Commitments due": what was promised, across every case, the late ones first; mark done in place, open the case. */
public final class DueView extends VBox {
    public DueView(DueViewModel vm, I18n i18n, LongConsumer onOpen, Runnable onBack) {
        super();
        Gap.M.applyTo(this);
        setId("due");
        getStyleClass().add("case-list");
        Label title = new Label(i18n.get("due.title"));
        title.getStyleClass().add("page-title");
        Label kept = new Label();
        kept.setId("due-kept");
        kept.textProperty().bind(Bindings.createStringBinding(() -> vm.keptProperty().get().share().isPresent()
                ? i18n.get("due.kept", Math.round(vm.keptProperty().get().share().getAsDouble() * 100), vm.keptProperty().get().kept(),
                        vm.keptProperty().get().counted())
                : i18n.get("due.kept.none"), vm.keptProperty()));
        Button back = new Button(i18n.get("due.back"));
        back.setId("due-back");
        back.setOnAction(e -> onBack.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new io.turnaround.ui.common.WrapRow(Gap.M, title, spacer, kept, back);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<DueViewModel.Row> table = dueTable(vm, i18n, onOpen);
        Label refused = new Label();
        refused.setId("due-refused");
        refused.getStyleClass().add("warning");
        refused.textProperty().bind(Bindings.createStringBinding(() -> vm.refusedProperty().get().isEmpty() ? ""
                : i18n.get("due.refused", vm.refusedProperty().get()), vm.refusedProperty()));
        refused.visibleProperty().bind(vm.refusedProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        // Regulated complaints whose next letter is due within a week or overdue; Enter or a double click opens the case.
        javafx.scene.control.ListView<io.turnaround.domain.CaseSummary> complaints = new javafx.scene.control.ListView<>(vm.complaints());
        complaints.setId("due-complaints");
        complaints.setAccessibleText(i18n.get("due.complaints"));
        complaints.setPrefHeight(120);
        complaints.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(io.turnaround.domain.CaseSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.reference() + " · " + c.customerOrganisation() + " · "
                        + io.turnaround.ui.common.ResponseDueText.of(c, i18n));
            }
        });
        complaints.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && complaints.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(complaints.getSelectionModel().getSelectedItem().id());
            }
        });
        complaints.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && complaints.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(complaints.getSelectionModel().getSelectedItem().id());
            }
        });
        Label complaintsTitle = new Label(i18n.get("due.complaints"));
        complaintsTitle.getStyleClass().add("field-label");
        complaintsTitle.setLabelFor(complaints);
        VBox complaintBox = Gap.XS.vbox(complaintsTitle, complaints);
        complaintBox.visibleProperty().bind(Bindings.isNotEmpty(vm.complaints()));
        complaintBox.managedProperty().bind(complaintBox.visibleProperty());
        getChildren().addAll(top, refused, complaintBox, table);
    }

    /** Every open promise, the late first; Enter or a double click opens its case. */
    private static TableView<DueViewModel.Row> dueTable(DueViewModel vm, I18n i18n, LongConsumer onOpen) {
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        TableView<DueViewModel.Row> table = Tables.table("due-table", vm.rows(), i18n.get("due.title"), i18n.get("due.empty"));
        TableColumn<DueViewModel.Row, String> group = Tables.column(i18n.get("due.col.when"), r -> i18n.of(r.group()), 110);
        group.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                DueViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
                pseudoClassStateChanged(Tables.NO_DATE, !empty && row != null && row.group() == DueGroup.OVERDUE);
            }
        });
        table.getColumns().add(group);
        table.getColumns().add(Tables.column(i18n.get("due.col.due"), r -> r.item().kind() == DueItem.Kind.COMMITMENT
                ? dateTime.format(r.item().dueAt().withZoneSameInstant(zone)) : date.format(r.item().dueOn()), 170));
        table.getColumns().add(Tables.column(i18n.get("due.col.what"), r -> r.item().what(), 320));
        table.getColumns().add(Tables.column(i18n.get("due.col.kind"), r -> i18n.of(r.item().kind()), 110));
        table.getColumns().add(Tables.column(i18n.get("due.col.owner"), r -> r.item().owner(), 130));
        table.getColumns().add(Tables.column(i18n.get("due.col.case"), r -> r.item().reference() + "  " + r.item().customer(), 230));
        table.getColumns().add(doneColumn(vm, i18n));
        table.setRowFactory(tv -> {
            TableRow<DueViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().item().caseId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DueViewModel.Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.item().caseId());
            }
        });
        return table;
    }

    /** A "Done" button on each row: the promise is marked kept in its case. */
    private static TableColumn<DueViewModel.Row, String> doneColumn(DueViewModel vm, I18n i18n) {
        TableColumn<DueViewModel.Row, String> done = new TableColumn<>("");
        done.setPrefWidth(90);
        done.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button(i18n.get("due.done"));

            {
                button.getStyleClass().add("chip");
                button.setOnAction(e -> vm.markDone(getTableRow().getItem()));
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean show = !empty && getTableRow() != null && getTableRow().getItem() != null;
                setGraphic(show ? button : null);
                if (show) {
                    button.setId("due-done-" + getIndex());
                    button.setAccessibleText(i18n.get("due.done") + ": " + getTableRow().getItem().item().what());
                }
            }
        });
        return done;
    }
}
