package io.turnaround.ui.ask;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.Cells;
import io.turnaround.ui.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/** The customer's problems in the priority agreed with them: drag, or Alt+Up / Alt+Down, to reorder. */
final class ProblemsPane extends VBox {
    private static final String DRAG_PREFIX = "turnaround-problem:";

    private final AskViewModel vm;

    ProblemsPane(AskViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.S.applyTo(this);
        this.vm = vm;
        ListView<CustomerProblem> list = new ListView<>(vm.problems());
        list.setId("ask-problems");
        list.setAccessibleText(i18n.get("ask.problems"));
        list.setTooltip(new Tooltip(i18n.get("ask.problems.tooltip")));
        list.setPlaceholder(new Label(i18n.get("ask.problems.empty")));
        io.turnaround.ui.common.TextSize.prefHeight(list, 11.5);
        list.setCellFactory(l -> new ProblemCell());
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                int to = e.getCode() == KeyCode.UP ? i - 1 : i + 1;
                if (vm.moveProblem(i, to)) {
                    list.getSelectionModel().clearAndSelect(to);
                }
            } else if (e.getCode() == KeyCode.DELETE && i >= 0) {
                vm.removeProblem(i);
            }
        });
        TextField input = new TextField();
        input.setId("ask-problem-input");
        input.setPromptText(i18n.get("ask.problem.prompt"));
        input.textProperty().bindBidirectional(vm.problemLine().textProperty());
        input.setOnAction(e -> vm.problemLine().enter());
        // The problems, in the order agreed, are printed in the customer's summary: badged so.
        getChildren().addAll(forms.field("ask.problems", list, CustomerProblem.class, "text"),
                forms.field("ask.problem.add", input, CustomerProblem.class, "text"));
    }

    /** A numbered problem that can be dragged to another place. */
    private final class ProblemCell extends ListCell<CustomerProblem> {
        ProblemCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + getIndex());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()
                        && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                int from = Integer.parseInt(e.getDragboard().getString().substring(DRAG_PREFIX.length()));
                int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                boolean moved = vm.moveProblem(from, to);
                if (moved) {
                    getListView().getSelectionModel().clearAndSelect(to);
                }
                e.setDropCompleted(moved);
                e.consume();
            });
        }

        @Override
        protected void updateItem(CustomerProblem p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : (getIndex() + 1) + ".  " + Cells.preview(p.text()));
        }
    }
}
