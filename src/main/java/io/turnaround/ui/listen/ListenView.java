package io.turnaround.ui.listen;

import io.turnaround.domain.Note;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The note-taking screen: a large note line, the list of notes, the call clock. */
public final class ListenView extends VBox {
    /** Held here: the controls bind to its properties only weakly, and it must live as long as the view. */
    private final ListenViewModel vm;


    public ListenView(ListenViewModel vm, I18n i18n, Forms forms) {
        super(12);
        this.vm = vm;
        getStyleClass().add("step-body");

        Label reminder = new Label(i18n.get("listen.reminder"));
        reminder.getStyleClass().add("reminder");

        Label clock = new Label();
        clock.setId("listen-clock");
        clock.getStyleClass().add("call-clock");
        clock.textProperty().bind(vm.clockTextProperty());
        clock.setAccessibleText(i18n.get("listen.clock"));
        Button start = new Button();
        start.textProperty().bind(javafx.beans.binding.Bindings.when(vm.callEndedProperty())
                .then(i18n.get("listen.resume")).otherwise(i18n.get("listen.start")));
        start.setId("listen-start-call");
        start.setTooltip(new Tooltip(i18n.get("listen.start.tooltip")));
        start.setOnAction(e -> vm.startCall());
        start.disableProperty().bind(vm.callRunningProperty());
        Button end = new Button(i18n.get("listen.end"));
        end.setId("listen-end-call");
        end.setOnAction(e -> vm.endCall());
        end.disableProperty().bind(vm.callRunningProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox callBar = new HBox(10, reminder, spacer, clock, start, end);
        callBar.getStyleClass().add("call-bar");

        ListView<Note> notes = new ListView<>(vm.notes());
        notes.setId("listen-notes");
        notes.setAccessibleText(i18n.get("listen.notes"));
        notes.setPlaceholder(new Label(i18n.get("listen.notes.empty")));
        notes.setCellFactory(list -> new NoteCell());
        VBox.setVgrow(notes, Priority.ALWAYS);

        TextArea draft = forms.textArea("listen-note-input", vm.draftProperty(), 3);
        draft.setPromptText(i18n.get("listen.note.prompt"));
        draft.setOnKeyPressed(e -> {
            // Enter adds the note; Shift+Enter is a new line inside it.
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                if (vm.addNote()) {
                    notes.scrollTo(vm.notes().size() - 1);
                }
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                draft.insertText(draft.getCaretPosition(), "\n");
            }
        });

        getChildren().addAll(callBar, notes, forms.field("listen.note.label", draft, Note.class, "text"));

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        KeyCombination startKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        Runnable startCall = vm::startCall;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(startKey, startCall);
            }
            if (scene == null) {
                ticker.stop();
            } else {
                scene.getAccelerators().put(startKey, startCall);
                ticker.play();
                draft.requestFocus();
            }
        });
    }

    /** A note as "mm:ss  text", the wall time in the tooltip. */
    private static final class NoteCell extends ListCell<Note> {
        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(ListenViewModel.formatClock(note.callOffsetMillis()) + "   " + note.text());
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
