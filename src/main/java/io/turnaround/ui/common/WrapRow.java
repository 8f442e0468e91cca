package io.turnaround.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row of controls that goes on to a second line when the window is too narrow for it (a large text size, a small
 * window), instead of cutting the controls' text. While it fits it is an {@link HBox}: the same spacing (a {@link Gap}
 * style), and the children marked {@code HBox.setHgrow(child, ALWAYS)} share what is left of their line (equally, when
 * they all grow: a row of fields). A child is never given less than it asks for unless it is alone on its line.
 */
public class WrapRow extends HBox {
    public WrapRow(Gap gap, Node... children) {
        super(children);
        gap.applyTo(this);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** As narrow as its widest child: every child can have a line of its own. */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return in.getLeft() + widest + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        if (width < 0) {
            return super.computePrefHeight(width);
        }
        double available = width - in.getLeft() - in.getRight();
        double height = 0;
        for (java.util.List<Node> line : lines(available)) {
            height += (height > 0 ? getSpacing() : 0) + lineHeight(line, widths(line, available));
        }
        return in.getTop() + height + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double available = getWidth() - in.getLeft() - in.getRight();
        double y = in.getTop();
        for (java.util.List<Node> line : lines(available)) {
            double[] widths = widths(line, available);
            double height = lineHeight(line, widths);
            double x = in.getLeft();
            for (int i = 0; i < line.size(); i++) {
                layoutInArea(line.get(i), x, y, widths[i], height, 0, null, true, false, HPos.LEFT, VPos.CENTER);
                x += widths[i] + getSpacing();
            }
            y += height + getSpacing();
        }
    }

    /** The width each child of a line gets: what it asks for, and the growing ones share what is left. */
    private double[] widths(java.util.List<Node> line, double available) {
        double used = getSpacing() * (line.size() - 1);
        int growing = 0;
        for (Node child : line) {
            used += child.prefWidth(-1);
            growing += HBox.getHgrow(child) == Priority.ALWAYS ? 1 : 0;
        }
        double extra = growing == 0 ? 0 : Math.max(0, available - used) / growing;
        // A row of fields that all grow shares the line equally when each gets at least what it asks for.
        double equal = (available - getSpacing() * (line.size() - 1)) / line.size();
        boolean shareEqually = growing == line.size() && line.stream().allMatch(c -> c.prefWidth(-1) <= equal);
        double[] widths = new double[line.size()];
        for (int i = 0; i < widths.length; i++) {
            Node child = line.get(i);
            double w = shareEqually ? equal
                    : Math.min(available, child.prefWidth(-1) + (HBox.getHgrow(child) == Priority.ALWAYS ? extra : 0));
            widths[i] = Math.max(w, Math.min(child.minWidth(-1), available));
        }
        return widths;
    }

    /** The children in lines: each at its preferred width, a new line when the next one does not fit. */
    private java.util.List<java.util.List<Node>> lines(double width) {
        java.util.List<java.util.List<Node>> lines = new java.util.ArrayList<>();
        java.util.List<Node> line = new java.util.ArrayList<>();
        double x = 0;
        for (Node child : getManagedChildren()) {
            double w = child.prefWidth(-1);
            if (!line.isEmpty() && x + getSpacing() + w > width) {
                lines.add(line);
                line = new java.util.ArrayList<>();
                x = 0;
            }
            x += (line.isEmpty() ? 0 : getSpacing()) + w;
            line.add(child);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The tallest child of a line at the width it gets (a wrapping label is taller when narrower). */
    private static double lineHeight(java.util.List<Node> line, double[] widths) {
        double height = 0;
        for (int i = 0; i < widths.length; i++) {
            Node child = line.get(i);
            height = Math.max(height, child.prefHeight(child.getContentBias() == Orientation.HORIZONTAL ? widths[i] : -1));
        }
        return height;
    }
}
