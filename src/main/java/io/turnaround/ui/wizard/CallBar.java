package io.turnaround.ui.wizard;

import io.turnaround.domain.Listen.CallState;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The call on steps other than Listen: the clock, the temperature, pause or resume, end, and a one-line quick note
 * (Ctrl+J from anywhere) that goes into Listen's notes with the call-clock stamp.
 */
final class CallBar extends io.turnaround.ui.common.WrapRow {
    private final TextField quickNote = new TextField();

    CallBar(CallBarModel model, I18n i18n) {
        super(Gap.M);
        setId("call-bar");
        getStyleClass().add("call-bar");

        Label clock = new Label();
        clock.setId("call-bar-clock");
        clock.getStyleClass().add("call-clock");
        clock.textProperty().bind(model.status().clockTextProperty());
        clock.setAccessibleText(i18n.get("listen.clock"));

        Button temperature = new Button();
        temperature.setId("call-bar-temperature");
        temperature.getStyleClass().add("temperature");
        temperature.textProperty().bind(Bindings.createStringBinding(() -> model.status().temperatureProperty().get() == null
                ? i18n.get("listen.temperature.unset") : "\u25cf " + i18n.of(model.status().temperatureProperty().get()), model.status().temperatureProperty()));
        model.status().temperatureProperty().addListener((o, was, level) -> {
            temperature.getStyleClass().removeIf(c -> c.startsWith("temp-"));
            if (level != null) {
                temperature.getStyleClass().add("temp-" + level.name().toLowerCase(Locale.ROOT));
            }
        });
        temperature.setAccessibleText(i18n.get("listen.temperature"));
        temperature.setTooltip(new Tooltip(i18n.get("listen.temperature.tooltip")));
        temperature.setOnAction(e -> model.call().cycleTemperature());
        temperature.setFocusTraversable(false);

        Button pauseOrResume = new Button();
        pauseOrResume.setId("call-bar-pause");
        pauseOrResume.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(
                model.status().callStateProperty().get() == CallState.RUNNING ? "listen.pause" : "listen.resume"), model.status().callStateProperty()));
        pauseOrResume.setOnAction(e -> {
            if (model.status().callStateProperty().get() == CallState.RUNNING) {
                model.call().pause();
            } else {
                model.call().start();
            }
        });
        pauseOrResume.setAccessibleText(i18n.get("call-bar.pause"));
        pauseOrResume.setFocusTraversable(false);
        Button end = new Button(i18n.get("listen.end"));
        end.setId("call-bar-end");
        end.setTooltip(new Tooltip(i18n.get("listen.end.tooltip")));
        end.setAccessibleText(i18n.get("listen.end.tooltip"));
        end.setOnAction(e -> model.call().end());
        end.disableProperty().bind(model.status().callStateProperty().isEqualTo(CallState.ENDED));
        end.setFocusTraversable(false);

        quickNote.setId("call-bar-quick-note");
        quickNote.setPromptText(i18n.get("call-bar.note.prompt"));
        quickNote.setAccessibleText(i18n.get("call-bar.note"));
        quickNote.setTooltip(new Tooltip(i18n.get("call-bar.note.tooltip")));
        quickNote.textProperty().bindBidirectional(model.quickNote().textProperty());
        quickNote.setOnAction(e -> model.quickNote().enter());
        HBox.setHgrow(quickNote, Priority.ALWAYS);
        quickNote.setStyle("-fx-min-width: 14em;"); // room to see what is typed; narrower, it goes to a line of its own
        Label added = new Label();
        added.setId("call-bar-added");
        added.getStyleClass().add("muted");
        added.textProperty().bind(Bindings.createStringBinding(() -> model.lastAddedProperty().get().isEmpty() ? ""
                : i18n.get("call-bar.note.added", model.lastAddedProperty().get()), model.lastAddedProperty()));

        getChildren().addAll(clock, temperature, pauseOrResume, end, quickNote, added);

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /** Ctrl+J: the caret to the quick note, from anywhere on the step. */
    void focusQuickNote() {
        quickNote.requestFocus();
    }
}
