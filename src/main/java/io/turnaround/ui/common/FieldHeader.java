package io.turnaround.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A field's label and its badge: on one line when they fit, else the label on its own line (wrapping at words) and the
 * badge beneath. In a narrow column the label then keeps the column's whole width instead of being squeezed beside
 * the badge until it breaks inside words.
 */
final class FieldHeader extends Region {
    private static final double GAP = 8;
    private final Label label;
    private final Label badge;

    FieldHeader(Label label, Label badge) {
        this.label = label;
        this.badge = badge;
        label.setWrapText(true);
        badge.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(label, badge);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneLine(double width) {
        return label.prefWidth(-1) + GAP + badge.prefWidth(-1) <= width;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(badge.prefWidth(-1), Math.min(label.prefWidth(-1), 60));
    }

    @Override
    protected double computePrefWidth(double height) {
        return label.prefWidth(-1) + GAP + badge.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        if (oneLine(w)) {
            return Math.max(label.prefHeight(-1), badge.prefHeight(-1));
        }
        return label.prefHeight(w) + 2 + badge.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double badgeW = badge.prefWidth(-1);
        double badgeH = badge.prefHeight(-1);
        if (oneLine(w)) {
            double labelW = label.prefWidth(-1);
            double h = Math.max(label.prefHeight(-1), badgeH);
            label.resizeRelocate(0, (h - label.prefHeight(-1)) / 2, labelW, label.prefHeight(-1));
            badge.resizeRelocate(labelW + GAP, (h - badgeH) / 2, badgeW, badgeH);
        } else {
            double labelH = label.prefHeight(w);
            label.resizeRelocate(0, 0, w, labelH);
            badge.resizeRelocate(0, labelH + 2, badgeW, badgeH);
        }
    }
}
