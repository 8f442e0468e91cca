package io.turnaround.ui.listen;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Temperature;
import io.turnaround.ui.common.I18n;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One note: key-point tick, call-clock and wall-clock stamp, tag, the customer's temperature at that moment,
 * and the text. Double-click or F2 edits the text in place (Enter keeps, Escape cancels).
 */
final class NoteCell extends ListCell<Note> {
    private final ListenViewModel vm;
    private final I18n i18n;
    private final CheckBox keyPoint = new CheckBox();
    private final Label stamp = new Label();
    private final io.turnaround.ui.common.CallStamp stamps;
    private final Label tag = new Label();
    private final Label temperature = new Label();
    private final Label text = new Label();
    private final HBox row = Gap.M.hbox(keyPoint, stamp, tag, temperature, text);
    private TextArea editor;

    NoteCell(ListenViewModel vm, I18n i18n) {
        this.stamps = new io.turnaround.ui.common.CallStamp(i18n.locale(), java.time.ZoneId.systemDefault());
        this.vm = vm;
        this.i18n = i18n;
        row.setAlignment(Pos.TOP_LEFT);
        stamp.getStyleClass().add("note-stamp");
        text.getStyleClass().add("note-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        keyPoint.setFocusTraversable(false);
        keyPoint.setTooltip(new Tooltip(i18n.get("listen.keypoint.tooltip")));
        keyPoint.setOnAction(e -> {
            if (getItem() != null) {
                vm.toggleKeyPoint(getItem());
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getItem() != null) {
                getListView().edit(getIndex());
            }
        });
        // Let the row shrink to the list's width so long notes wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        setText(null);
        if (empty || note == null) {
            setGraphic(null);
            return;
        }
        keyPoint.setSelected(note.keyPoint());
        keyPoint.setAccessibleText(i18n.get("listen.keypoint") + ": " + note.text());
        stamp.setText(stamps.format(note.callOffsetMillis(), note.wallTime()));
        tag.getStyleClass().removeIf(c -> c.startsWith("tag-"));
        tag.setVisible(note.tag() != NoteTag.OTHER);
        tag.setManaged(tag.isVisible());
        tag.setText(i18n.of(note.tag()));
        tag.getStyleClass().addAll("note-tag", "tag-" + note.tag().name().toLowerCase(Locale.ROOT));
        Temperature level = vm.temperatureAt(note);
        temperature.getStyleClass().removeIf(c -> c.startsWith("temp-"));
        temperature.setVisible(level != null);
        temperature.setManaged(level != null);
        if (level != null) {
            temperature.setText("●");
            temperature.getStyleClass().add("temp-" + level.name().toLowerCase(Locale.ROOT));
            temperature.setTooltip(new Tooltip(i18n.of(level)));
        }
        text.setText(io.turnaround.ui.common.Cells.preview(note.text()));
        setGraphic(row);
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        editor = new TextArea(getItem().text());
        editor.setId("listen-note-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                vm.editText(getItem(), editor.getText());
                cancelEdit();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                editor.insertText(editor.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
        HBox.setHgrow(editor, Priority.ALWAYS);
        row.getChildren().set(4, editor);
        editor.requestFocus();
        editor.end();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        row.getChildren().set(4, text);
        getListView().requestFocus();
    }
}
