package io.turnaround.ui.ask;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Note;
import io.turnaround.ui.common.Cells;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.Lists;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Check-downs: the claims heard in Listen offered as candidates (Enter restates one), the
 * restated facts, and for the selected one whether the customer confirmed or corrected it.
 */
final class CheckDownsPane extends VBox {
    private final AskViewModel vm;
    private final ListView<CheckDown> list = new ListView<>();
    private final RadioButton confirmed;
    private final RadioButton corrected;
    private final TextField correction = new TextField();
    private boolean showing;
    /** True while a typed correction is stored: the list's row is replaced, and its selection must not flicker away. */
    private boolean storing;
    /** Whether a check-down is chosen; kept steady while a correction is stored, so the field never loses focus. */
    private final javafx.beans.property.BooleanProperty chosen = new javafx.beans.property.SimpleBooleanProperty();

    CheckDownsPane(AskViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        this.vm = vm;
        ListView<Note> claims = new ListView<>(vm.claimCandidates());
        claims.setId("ask-claims");
        claims.setAccessibleText(i18n.get("ask.claims"));
        claims.setTooltip(new Tooltip(i18n.get("ask.claims.tooltip")));
        claims.setPlaceholder(new Label(i18n.get("ask.claims.empty")));
        io.turnaround.ui.common.TextSize.prefHeight(claims, 6.9);
        claims.setCellFactory(Cells.text(n -> n.text()));
        Lists.selectionFollowsFocus(claims, () -> 0);
        claims.setOnKeyPressed(e -> {
            Note claim = claims.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && claim != null) {
                e.consume();
                vm.addFromClaim(claim);
                list.getSelectionModel().selectLast();
            }
        });

        TextField input = new TextField();
        input.setId("ask-checkdown-input");
        input.setPromptText(i18n.get("ask.checkdown.prompt"));
        input.textProperty().bindBidirectional(vm.checkDownLine().textProperty());
        input.setOnAction(e -> {
            if (vm.checkDownLine().enter()) {
                list.getSelectionModel().selectLast();
            }
        });

        list.setItems(vm.checkDowns());
        list.setId("ask-checkdowns");
        list.setAccessibleText(i18n.get("ask.checkdowns"));
        list.setPlaceholder(new Label(i18n.get("ask.checkdowns.empty")));
        io.turnaround.ui.common.TextSize.prefHeight(list, 10.0);
        list.setCellFactory(Cells.text(k -> mark(k) + "  " + k.statement()
                        + (k.state() == CheckDownState.CORRECTED && !k.correction().isEmpty() ? "  \u2192  " + k.correction() : "")));

        ToggleGroup state = new ToggleGroup();
        confirmed = new RadioButton(i18n.get("enum.CheckDownState.CONFIRMED"));
        confirmed.setId("ask-checkdown-confirmed");
        confirmed.setToggleGroup(state);
        confirmed.setTooltip(new Tooltip(i18n.get("ask.checkdown.confirmed.tooltip")));
        corrected = new RadioButton(i18n.get("enum.CheckDownState.CORRECTED"));
        corrected.setId("ask-checkdown-corrected");
        corrected.setToggleGroup(state);
        correction.setId("ask-checkdown-correction");
        correction.setPromptText(i18n.get("ask.checkdown.correction.prompt"));
        correction.setAccessibleText(i18n.get("ask.checkdown.correction"));
        correction.disableProperty().bind(corrected.selectedProperty().not());
        HBox.setHgrow(correction, javafx.scene.layout.Priority.ALWAYS);
        HBox detail = new io.turnaround.ui.common.WrapRow(Gap.M, confirmed, corrected, correction);
        detail.disableProperty().bind(chosen.not());
        Lists.selectionFollowsFocus(list, () -> 0);

        confirmed.setOnAction(e -> setState(CheckDownState.CONFIRMED));
        corrected.setOnAction(e -> {
            setState(CheckDownState.CORRECTED);
            correction.requestFocus();
        });
        // Storing a correction replaces its row in the list, which JavaFX answers by clearing the selection: that once
        // disabled this field under the typing hand and sent the focus (and the next keys) to Back.
        correction.textProperty().addListener((o, a, text) -> {
            if (!showing && !storing && corrected.isSelected()) {
                int i = list.getSelectionModel().getSelectedIndex();
                storing = true;
                try {
                    vm.setCorrection(i, text);
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().clearAndSelect(i);
                    }
                } finally {
                    storing = false;
                }
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!storing) {
                chosen.set(i.intValue() >= 0);
                show(i.intValue());
            }
        });
        // Alt+C confirms, Alt+R marks corrected: both straight from the list.
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.C) {
                e.consume();
                confirmed.fire();
            } else if (e.isAltDown() && e.getCode() == KeyCode.R) {
                e.consume();
                corrected.fire();
            }
        });
        list.setTooltip(new Tooltip(i18n.get("ask.checkdowns.tooltip")));

        getChildren().addAll(forms.field("ask.claims", claims), forms.field("ask.checkdown.add", input),
                forms.field("ask.checkdowns", list), detail);
    }

    private void setState(CheckDownState s) {
        int i = list.getSelectionModel().getSelectedIndex();
        vm.setState(i, s);
        list.getSelectionModel().clearAndSelect(i);
    }

    private void show(int index) {
        showing = true;
        CheckDown k = index >= 0 && index < vm.checkDowns().size() ? vm.checkDowns().get(index) : null;
        confirmed.setSelected(k != null && k.state() == CheckDownState.CONFIRMED);
        corrected.setSelected(k != null && k.state() == CheckDownState.CORRECTED);
        correction.setText(k == null ? "" : k.correction());
        showing = false;
    }

    private static String mark(CheckDown k) {
        return switch (k.state()) {
            case UNCHECKED -> "\u25cb";
            case CONFIRMED -> "\u2713";
            case CORRECTED -> "\u270e";
        };
    }
}
