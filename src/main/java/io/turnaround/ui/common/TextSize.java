package io.turnaround.ui.common;

/**
 * The text size of the window (View › Text size, Ctrl+= / Ctrl+- / Ctrl+0), up to twice the normal size. Every font size
 * and most sizes in app.css are in em, so one font size on the scene's root scales the whole window.
 */
public enum TextSize {
    NORMAL(100), LARGER(125), LARGE(150), VERY_LARGE(175), DOUBLE(200);

    /** The normal text size in pixels (app.css sets the same on .root). */
    static final double NORMAL_PX = 13;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The style for the scene's root: it overrides app.css's font size, so em sizes follow. */
    public String rootStyle() {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", NORMAL_PX * percent / 100);
    }

    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** The stored name back, or normal for anything else (a value from a newer version, a hand-edited row). */
    public static TextSize named(String name) {
        for (TextSize size : values()) {
            if (size.name().equals(name)) {
                return size;
            }
        }
        return NORMAL;
    }

    /** Gives {@code region} a preferred height in em, so that a list or table shows as many rows at any text size. */
    public static void prefHeight(javafx.scene.layout.Region region, double em) {
        region.setStyle(String.format(java.util.Locale.ROOT, "%s-fx-pref-height: %.1fem;", region.getStyle(), em));
    }

    /** Gives {@code region} a preferred width in em, so that it holds as much text at any text size. */
    public static void prefWidth(javafx.scene.layout.Region region, double em) {
        region.setStyle(String.format(java.util.Locale.ROOT, "%s-fx-pref-width: %.1fem;", region.getStyle(), em));
    }
}
