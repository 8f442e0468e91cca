package io.turnaround.ui.caselist;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.LongConsumer;
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

/** Every case, newest first; an open case without an agreed next contact is flagged "No date". */
public final class CaseListView extends VBox {

    private final TableView<CaseSummary> table;

    private final javafx.scene.control.TextField searchField = new javafx.scene.control.TextField();
    private final HBox top;
    private final I18n i18nText;
    private final CaseListFilter filter;

    private final CaseListModel list;
    private final Label onlyLabel = new Label();
    private final HBox only;

    public CaseListView(CaseListModel list, I18n i18n, Runnable onNew, LongConsumer onOpen,
                        java.util.function.Consumer<CaseSummary> onDelete, CaseSearchModel search, CaseListFilter filter) {
        this.list = list;
        this.filter = filter;
        this.i18nText = i18n;
        setId("case-list");
        getStyleClass().add("case-list");
        Label title = new Label(i18n.get("cases.title"));
        title.getStyleClass().add("page-title");
        Button newCase = new Button(i18n.get("cases.new"));
        newCase.setId("case-list-new");
        newCase.getStyleClass().add("accent");
        io.turnaround.ui.common.LazyTooltip.install(newCase, i18n.get("cases.new.tooltip"));
        newCase.setOnAction(e -> onNew.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        searchField.setId("case-list-search");
        searchField.setPromptText(i18n.get("cases.search.prompt"));
        searchField.setAccessibleText(i18n.get("cases.search.prompt"));
        searchField.setPrefColumnCount(28);
        searchField.textProperty().bindBidirectional(search.queryProperty());
        // The hits' list joins the page the first time there are words to look for: the first frame of the
        // case list does not style and lay out a list that most starts never show.
        SearchResultsView[] results = new SearchResultsView[1];
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if (e.getCode() == KeyCode.DOWN && results[0] != null && !results[0].getItems().isEmpty()) {
                results[0].requestFocus();
                results[0].getSelectionModel().selectFirst();
            }
        });
        top = new io.turnaround.ui.common.WrapRow(Gap.M, title, spacer, searchField, newCase);
        top.setAlignment(Pos.CENTER_LEFT);

        table = casesTable(i18n, onOpen, onDelete);
        VBox.setVgrow(table, Priority.ALWAYS);
        // While there are words to look for, the hits take the place of the list of all cases.
        table.visibleProperty().bind(search.activeProperty().not());
        table.managedProperty().bind(table.visibleProperty());
        Button all = new Button(i18n.get("cases.only.all"));
        all.setId("case-list-show-all");
        all.setOnAction(e -> showAll());
        onlyLabel.setId("case-list-only");
        only = new io.turnaround.ui.common.WrapRow(Gap.M, onlyLabel, all);
        only.setAlignment(Pos.CENTER_LEFT);
        only.getStyleClass().add("warning");
        only.setVisible(false);
        only.setManaged(false);
        javafx.scene.layout.StackPane barSlot = filterSlot(i18n, search);
        getChildren().addAll(top, barSlot, only, table);
        Runnable addResults = () -> {
            if (results[0] == null && search.activeProperty().get()) {
                results[0] = new SearchResultsView(search, i18n, onOpen);
                VBox.setVgrow(results[0], Priority.ALWAYS);
                results[0].visibleProperty().bind(search.activeProperty());
                results[0].managedProperty().bind(results[0].visibleProperty());
                getChildren().add(results[0]);
            }
        };
        search.activeProperty().addListener((o, was, active) -> addResults.run());
        addResults.run();
        Gap.M.applyTo(this);
    }

    /**
     * A team library: an Owner column, and "Mine" / "Everyone's" beside the search field (everyone's at first, as the
     * COO and a colleague taking over need them).
     */
    public void showOwners(String me) {
        if (table.getColumns().stream().anyMatch(c -> "case-col-owner".equals(c.getId()))) {
            return;
        }
        TableColumn<CaseSummary, String> owner = Tables.column(i18nText.get("cases.col.owner"), CaseSummary::owner, 100);
        owner.setId("case-col-owner");
        owner.setUserData(CaseQuery.Sort.OWNER);
        table.getColumns().add(2, owner);
        javafx.scene.control.ToggleGroup whose = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.ToggleButton mine = new javafx.scene.control.ToggleButton(i18nText.get("cases.mine"));
        mine.setId("case-list-mine");
        javafx.scene.control.ToggleButton everyone = new javafx.scene.control.ToggleButton(i18nText.get("cases.everyone"));
        everyone.setId("case-list-everyone");
        mine.setToggleGroup(whose);
        everyone.setToggleGroup(whose);
        everyone.setSelected(true);
        mine.selectedProperty().addListener((o, was, chosen) -> filter.ownerProperty().set(chosen ? me : ""));
        // One of the two is always chosen: a click on the chosen one keeps it.
        mine.setOnAction(e -> mine.setSelected(true));
        everyone.setOnAction(e -> everyone.setSelected(true));
        org.controlsfx.control.SegmentedButton choice = new org.controlsfx.control.SegmentedButton(mine, everyone);
        choice.setId("case-list-whose");
        top.getChildren().add(top.getChildren().indexOf(searchField), choice);
    }

    /**
     * Every case, newest first; a click on a column header sorts by it (in the database: the list holds a page at a time).
     * Enter or a double click opens a case, Delete deletes it.
     */
    private TableView<CaseSummary> casesTable(I18n i18n, LongConsumer onOpen, java.util.function.Consumer<CaseSummary> onDelete) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale());
        TableView<CaseSummary> table = Tables.table("case-table", list.rows(), i18n.get("cases.table"), i18n.get("cases.empty"));
        table.getColumns().add(sortable(Tables.column(i18n.get("cases.col.reference"), s -> s.reference()
                + (s.sample() ? "  " + i18n.get("cases.sample") : ""), 150), "case-col-reference", CaseQuery.Sort.REFERENCE));
        table.getColumns().add(sortable(Tables.column(i18n.get("cases.col.customer"), CaseSummary::customerOrganisation, 180),
                "case-col-customer", CaseQuery.Sort.CUSTOMER));
        table.getColumns().add(sortable(Tables.column(i18n.get("cases.col.subject"), s -> s.subject().isEmpty()
                ? i18n.get("cases.no-subject") : s.subject(), 300), "case-col-subject", CaseQuery.Sort.SUBJECT));
        table.getColumns().add(sortable(Tables.column(i18n.get("cases.col.status"), s -> i18n.of(s.status()), 140),
                "case-col-status", CaseQuery.Sort.STATUS));
        table.getColumns().add(sortable(Tables.column(i18n.get("cases.col.opened"), s -> format(date, s.openedAt()), 110),
                "case-col-opened", CaseQuery.Sort.OPENED));
        TableColumn<CaseSummary, String> next = Tables.column(i18n.get("cases.col.next"),
                s -> s.missingNextContact() ? i18n.get("cases.no-date") : format(dateTime, s.nextContact()), 170);
        next.setCellFactory(col -> new NextContactCell());
        table.getColumns().add(sortable(next, "case-col-next", CaseQuery.Sort.NEXT_CONTACT));
        // A regulated complaint's next required letter: overdue, due in N days (empty for other cases).
        TableColumn<CaseSummary, String> response = Tables.column(i18n.get("cases.col.response"), s -> io.turnaround.ui.common.ResponseDueText.of(s, i18n, false), 150);
        table.getColumns().add(sortable(response, "case-col-response", CaseQuery.Sort.RESPONSE_DUE));
        // Shown once a complaint has a letter due: a library without regulated complaints has no use for it.
        response.setVisible(false);
        list.overviewProperty().addListener((o, was, now) -> response.setVisible(now != null && now.deadlines()));
        // The database sorts: a header click asks for the list again in that order (the first column of a multi-column
        // sort; none is newest first).
        table.setSortPolicy(t -> {
            TableColumn<CaseSummary, ?> by = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            list.sortBy(by == null ? null : (CaseQuery.Sort) by.getUserData(), by != null && by.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        // A new answer replaces every row; the case selected before stays selected when it is among the rows loaded.
        long[] chosen = {-1};
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, at) -> {
            CaseSummary row = at.intValue() < 0 || at.intValue() >= list.rows().size() ? null : list.rows().get(at.intValue());
            if (row != null) {
                chosen[0] = row.id();
            }
        });
        list.answersProperty().addListener((o, was, now) -> {
            int at = chosen[0] < 0 ? -1 : list.indexOfLoaded(chosen[0]);
            if (at >= 0) {
                table.getSelectionModel().select(at);
            }
        });
        table.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    onOpen.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            CaseSummary selected = selected();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.id());
            } else if (e.getCode() == KeyCode.DELETE && selected != null) {
                onDelete.accept(selected);
            }
        });
        return table;
    }

    private static TableColumn<CaseSummary, String> sortable(TableColumn<CaseSummary, String> column, String id, CaseQuery.Sort sort) {
        column.setId(id);
        column.setUserData(sort);
        return column;
    }

    /**
     * The filters: they open from a toggle beside the search field and are built the first time they open; closing them
     * clears them but keeps a chart's selection of cases.
     */
    private javafx.scene.layout.StackPane filterSlot(I18n i18n, CaseSearchModel search) {
        // The filters open from a toggle beside the search field, and are built the first time they open.
        javafx.scene.control.ToggleButton filters = new javafx.scene.control.ToggleButton(i18n.get("cases.filter.toggle"));
        filters.setId("case-list-filter-toggle");
        filters.setAccessibleText(filters.getText());
        top.getChildren().add(top.getChildren().indexOf(searchField) + 1, filters);
        javafx.scene.layout.StackPane barSlot = new javafx.scene.layout.StackPane();
        barSlot.setAlignment(Pos.CENTER_LEFT);
        barSlot.visibleProperty().bind(filters.selectedProperty().and(search.activeProperty().not()));
        barSlot.managedProperty().bind(barSlot.visibleProperty());
        filters.selectedProperty().addListener((o, was, open) -> {
            if (open && barSlot.getChildren().isEmpty()) {
                barSlot.getChildren().add(new FilterBar(filter, i18n));
            }
            if (!open) {
                var only = filter.onlyProperty().get();
                filter.clear();
                filter.onlyProperty().set(only); // closing the filters keeps a chart's selection of cases
            }
        });
        return barSlot;
    }

    /** Shows the first-run welcome between the title and the list. */
    public void showWelcome(javafx.scene.Node welcome) {
        getChildren().add(1, welcome);
    }

    /** Shows only these cases (the cases behind a chart, or a customer's), saying so, with a way back to all. */
    public void showOnly(String title, java.util.List<Long> ids) {
        filter.clear();
        filter.onlyProperty().set(java.util.Set.copyOf(ids));
        onlyLabel.setText(i18nText.get("cases.only", ids.size(), title));
        only.setVisible(true);
        only.setManaged(true);
    }

    public void showAll() {
        filter.onlyProperty().set(null);
        only.setVisible(false);
        only.setManaged(false);
    }

    /** Adds a button to the bar above the list, before "New case". */
    public void addAction(Button action) {
        top.getChildren().add(top.getChildren().size() - 1, action);
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** The case selected in the list, or null. */
    public CaseSummary selected() {
        // The row itself, not the selection model's copy: a row selected before its page loaded was null there.
        int at = table.getSelectionModel().getSelectedIndex();
        return at < 0 || at >= table.getItems().size() ? null : table.getItems().get(at);
    }

    /** Until the cases have loaded, the empty table says so, rather than that there are none. */
    public void sayLoadingUntil(javafx.beans.value.ObservableValue<Boolean> loaded) {
        Label loading = new Label(i18nText.get("cases.loading"));
        loading.setId("case-list-loading");
        javafx.scene.Node empty = table.getPlaceholder();
        Runnable update = () -> table.setPlaceholder(Boolean.TRUE.equals(loaded.getValue()) ? empty : loading);
        loaded.addListener((o, was, now) -> update.run());
        update.run();
    }

    private static String format(DateTimeFormatter f, Instant t) {
        return t == null ? "" : f.format(t.atZone(ZoneId.systemDefault()));
    }

    /** Shows "No date" as a warning: METHOD.md never leaves a request without one. */
    private static final class NextContactCell extends TableCell<CaseSummary, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            CaseSummary s = empty || getTableRow() == null ? null : getTableRow().getItem();
            // An open case without a date, or whose agreed contact has passed, stands out.
            pseudoClassStateChanged(Tables.NO_DATE, s != null && (s.missingNextContact() || s.isOverdue(java.time.Instant.now())));
        }
    }
}
