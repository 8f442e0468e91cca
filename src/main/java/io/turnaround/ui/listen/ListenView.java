package io.turnaround.ui.listen;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Listen.CallState;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The note-taking screen: the call clock, the customer's temperature, the notes and a large note line. */
public final class ListenView extends VBox {
    public static final KeyCodeCombination START = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination END = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination TEMPERATURE = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private final ListenViewModel vm;
    private final ListView<Note> notes;

    public ListenView(ListenViewModel vm, I18n i18n, Forms forms) {
        super();
        Gap.M.applyTo(this);
        this.vm = vm;
        getStyleClass().add("step-body");

        Label reminder = new Label(i18n.get("listen.reminder"));
        reminder.getStyleClass().add("reminder");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox callBar = new io.turnaround.ui.common.WrapRow(Gap.M, reminder, spacer, temperatureButton(i18n), clock(i18n), callButtons(i18n));
        callBar.getStyleClass().add("call-bar");

        notes = notesList(i18n);
        VBox.setVgrow(notes, Priority.ALWAYS);

        TextArea draft = noteLine(i18n, forms);
        // Alt+1…4 tag the current note, wherever the focus is on this screen.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isControlDown()) {
                NoteTag tag = switch (e.getCode()) {
                    case DIGIT1, NUMPAD1 -> NoteTag.CLAIM;
                    case DIGIT2, NUMPAD2 -> NoteTag.EMOTION;
                    case DIGIT3, NUMPAD3 -> NoteTag.REQUEST;
                    case DIGIT4, NUMPAD4 -> NoteTag.OTHER;
                    default -> null;
                };
                if (tag != null) {
                    e.consume();
                    vm.tagCurrent(tag);
                }
            }
        });
        Label keys = new Label(i18n.get("listen.keys"));
        keys.getStyleClass().add("muted");
        getChildren().addAll(callBar, notes, forms.field("listen.note.label", draft, Note.class, "text"), keys);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /** The notes of the call; Space marks the chosen one a key point, F2 edits it. */
    private ListView<Note> notesList(I18n i18n) {
        ListView<Note> notes = new ListView<>(vm.notes());
        notes.setId("listen-notes");
        notes.setAccessibleText(i18n.get("listen.notes"));
        notes.setTooltip(new Tooltip(i18n.get("listen.notes.tooltip")));
        notes.setPlaceholder(new Label(i18n.get("listen.notes.empty")));
        notes.setEditable(true);
        notes.setCellFactory(list -> new NoteCell(vm, i18n));
        notes.getSelectionModel().selectedItemProperty().addListener((o, a, note) -> vm.selectedProperty().set(note));
        // Reached by Shift+Tab, the list acts on the note with the focus ring: the latest when none was chosen.
        io.turnaround.ui.common.Lists.selectionFollowsFocus(notes, () -> notes.getItems().size() - 1);
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Note selected = notes.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.SPACE && notes.getEditingIndex() < 0) {
                e.consume();
                vm.toggleKeyPoint(selected);
            } else if (selected != null && e.getCode() == KeyCode.F2) {
                e.consume();
                notes.edit(notes.getSelectionModel().getSelectedIndex());
            }
        });
        return notes;
    }

    /** The note line: Enter adds the note, Shift+Enter starts a new line in it. */
    private TextArea noteLine(I18n i18n, Forms forms) {
        TextArea draft = forms.textArea("listen-note-input", vm.draftProperty(), 3);
        draft.setPromptText(i18n.get("listen.note.prompt"));
        draft.setTooltip(new Tooltip(i18n.get("listen.note.tooltip")));
        draft.setOnKeyPressed(e -> {
            // Enter adds the note; Shift+Enter is a new line inside it.
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                if (vm.addNote()) {
                    notes.getSelectionModel().clearSelection();
                    notes.scrollTo(vm.notes().size() - 1);
                }
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                draft.insertText(draft.getCaretPosition(), "\n");
            }
        });
        return draft;
    }

    private Button temperatureButton(I18n i18n) {
        Button button = new Button();
        button.setId("listen-temperature");
        button.getStyleClass().add("temperature");
        button.textProperty().bind(Bindings.createStringBinding(() -> vm.status().temperatureProperty().get() == null
                ? i18n.get("listen.temperature.unset") : "● " + i18n.of(vm.status().temperatureProperty().get()), vm.status().temperatureProperty()));
        vm.status().temperatureProperty().addListener((o, a, level) -> {
            button.getStyleClass().removeIf(c -> c.startsWith("temp-"));
            if (level != null) {
                button.getStyleClass().add("temp-" + level.name().toLowerCase(Locale.ROOT));
            }
            notes.refresh();
        });
        if (vm.status().temperatureProperty().get() != null) {
            button.getStyleClass().add("temp-" + vm.status().temperatureProperty().get().name().toLowerCase(Locale.ROOT));
        }
        button.setTooltip(new Tooltip(i18n.get("listen.temperature.tooltip")));
        button.setAccessibleText(i18n.get("listen.temperature"));
        button.setOnAction(e -> vm.cycleTemperature());
        button.setFocusTraversable(false);
        return button;
    }

    private Label clock(I18n i18n) {
        Label clock = new Label();
        clock.setId("listen-clock");
        clock.getStyleClass().add("call-clock");
        clock.textProperty().bind(vm.status().clockTextProperty());
        clock.setAccessibleText(i18n.get("listen.clock"));
        return clock;
    }

    private HBox callButtons(I18n i18n) {
        Button start = new Button();
        start.setId("listen-start-call");
        start.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(switch (vm.status().callStateProperty().get()) {
            case NOT_STARTED, RUNNING -> "listen.start";
            case PAUSED, ENDED -> "listen.resume";
        }), vm.status().callStateProperty()));
        start.setTooltip(new Tooltip(i18n.get("listen.start.tooltip")));
        start.setOnAction(e -> vm.startCall());
        start.disableProperty().bind(vm.status().callStateProperty().isEqualTo(CallState.RUNNING));
        Button pause = new Button(i18n.get("listen.pause"));
        pause.setId("listen-pause-call");
        pause.setTooltip(new Tooltip(i18n.get("listen.pause.tooltip")));
        pause.setOnAction(e -> vm.pauseCall());
        pause.disableProperty().bind(vm.status().callStateProperty().isNotEqualTo(CallState.RUNNING));
        Button end = new Button(i18n.get("listen.end"));
        end.setId("listen-end-call");
        end.setTooltip(new Tooltip(i18n.get("listen.end.tooltip")));
        end.setOnAction(e -> vm.endCall());
        end.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.status().callStateProperty().get() == CallState.NOT_STARTED
                || vm.status().callStateProperty().get() == CallState.ENDED, vm.status().callStateProperty()));
        for (Button b : new Button[] {start, pause, end}) {
            b.setAccessibleText(b.getTooltip().getText());
        }
        return Gap.S.hbox(start, pause, end);
    }

}
