package io.turnaround.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The spacing scale of the screens. The sizes live in app.css ({@code .gap-xs} … {@code .gap-l}), so that a theme
 * or a larger text size changes them in one place; code names a step of the scale, never a number of pixels.
 */
public enum Gap {
    /** Between a label and its badge, inside a chip. */
    XS("gap-xs"),
    /** Between the parts of one field or one row of a form. */
    S("gap-s"),
    /** Between the fields of a form, the sections of a step. */
    M("gap-m"),
    /** Between groups that stand apart: a step's columns, check boxes and their button. */
    L("gap-l");

    private final String styleClass;

    Gap(String styleClass) {
        this.styleClass = styleClass;
    }

    public VBox vbox(Node... children) {
        return applyTo(new VBox(children));
    }

    public HBox hbox(Node... children) {
        return applyTo(new HBox(children));
    }

    /** Gives {@code box} this spacing (a VBox or HBox; the style sheet sets it). */
    public <T extends Pane> T applyTo(T box) {
        box.getStyleClass().removeIf(c -> c.startsWith("gap-"));
        box.getStyleClass().add(styleClass);
        return box;
    }
}
