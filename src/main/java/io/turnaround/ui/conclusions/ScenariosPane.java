package io.turnaround.ui.conclusions;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Fact;
import io.turnaround.domain.Scenario;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The scenarios that could explain what happened: each kept or eliminated, with the facts that
 * decide it and the reason. More than one may remain.
 */
final class ScenariosPane extends VBox {
    private final ConclusionsViewModel vm;
    private final TableView<Scenario> table;
    private final CheckBox kept;
    private final TextField reason = new TextField();
    private final ListView<Fact> evidence = new ListView<>();
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private boolean showing;
    /** True while a decision is stored: its row is replaced, and the selection must not flicker (see CheckDownsPane). */
    private boolean storing;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    ScenariosPane(ConclusionsViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        this.vm = vm;
        table = Tables.table("conclusions-scenarios", vm.scenarios(), i18n.get("conclusions.scenarios"),
                i18n.get("conclusions.scenarios.empty"));
        io.turnaround.ui.common.TextSize.prefHeight(table, 10.8);
        table.getColumns().add(Tables.column(i18n.get("conclusions.scenarios.col.scenario"), Scenario::description, 320));
        table.getColumns().add(Tables.column(i18n.get("conclusions.scenarios.col.state"),
                s -> i18n.get(s.kept() ? "conclusions.scenario.kept" : "conclusions.scenario.eliminated"), 110));
        table.getColumns().add(Tables.column(i18n.get("conclusions.scenarios.col.reason"), Scenario::reason, 260));
        table.getColumns().add(Tables.column(i18n.get("conclusions.scenarios.col.evidence"),
                s -> s.evidenceFactIds().isEmpty() ? "" : String.valueOf(s.evidenceFactIds().size()), 80));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedIndex() >= 0) {
                vm.removeScenario(table.getSelectionModel().getSelectedIndex());
            }
        });
        TextField input = new TextField();
        input.setId("conclusions-scenario-input");
        input.setPromptText(i18n.get("conclusions.scenario.prompt"));
        input.textProperty().bindBidirectional(vm.scenarioLine().textProperty());
        input.setOnAction(e -> {
            if (vm.scenarioLine().enter()) {
                table.getSelectionModel().selectLast();
            }
        });

        kept = new CheckBox(i18n.get("conclusions.scenario.keep"));
        kept.setId("conclusions-scenario-kept");
        reason.setId("conclusions-scenario-reason");
        reason.setPromptText(i18n.get("conclusions.scenario.reason.prompt"));
        evidence.setId("conclusions-scenario-evidence");
        evidence.setAccessibleText(i18n.get("conclusions.scenario.evidence"));
        io.turnaround.ui.common.TextSize.prefHeight(evidence, 8.5);
        evidence.setItems(vm.facts());
        evidence.setCellFactory(CheckBoxListCell.forListView(f -> ticks.computeIfAbsent(f.id(), id -> {
            BooleanProperty tick = new SimpleBooleanProperty();
            tick.addListener((o, a, b) -> save());
            return tick;
        }), new javafx.util.StringConverter<>() {
            @Override
            public String toString(Fact f) {
                return (f.date() == null ? "" : f.date() + "  ") + f.what();
            }

            @Override
            public Fact fromString(String s) {
                return null;
            }
        }));
        evidence.setPlaceholder(new Label(i18n.get("conclusions.scenario.evidence.empty")));
        // Space ticks the fact with the focus ring, as it ticks any check box: the list, not the box, has the focus.
        evidence.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int row = evidence.getFocusModel().getFocusedIndex();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && row >= 0 && row < evidence.getItems().size()) {
                BooleanProperty tick = ticks.get(evidence.getItems().get(row).id());
                if (tick != null) {
                    tick.set(!tick.get());
                }
                e.consume();
            }
        });
        VBox detail = Gap.S.vbox(kept, forms.field("conclusions.scenario.reason", reason, Scenario.class, "reason"),
                forms.field("conclusions.scenario.evidence", evidence));
        detail.disableProperty().bind(chosen.not());
        kept.setOnAction(e -> save());
        reason.textProperty().addListener((o, a, b) -> save());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!storing) {
                chosen.set(i.intValue() >= 0);
                show(i.intValue());
            }
        });

        getChildren().addAll(table, forms.field("conclusions.scenario.add", input, Scenario.class, "description"), detail);
    }

    private void save() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (showing || i < 0) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (Fact f : vm.facts()) {
            BooleanProperty tick = ticks.get(f.id());
            if (tick != null && tick.get()) {
                ids.add(f.id());
            }
        }
        // Storing replaces the row, which clears the table's selection: that must neither empty the reason being typed
        // nor disable the field under the typing hand.
        storing = true;
        try {
            vm.decide(i, kept.isSelected(), reason.getText(), ids);
            table.getSelectionModel().clearAndSelect(i);
        } finally {
            storing = false;
        }
    }

    private void show(int index) {
        showing = true;
        Scenario s = index >= 0 && index < vm.scenarios().size() ? vm.scenarios().get(index) : null;
        kept.setSelected(s != null && s.kept());
        reason.setText(s == null ? "" : s.reason());
        for (Fact f : vm.facts()) {
            ticks.computeIfAbsent(f.id(), id -> {
                BooleanProperty tick = new SimpleBooleanProperty();
                tick.addListener((o, a, b) -> save());
                return tick;
            }).set(s != null && s.evidenceFactIds().contains(f.id()));
        }
        showing = false;
    }
}
