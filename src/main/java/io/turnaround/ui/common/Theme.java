package io.turnaround.ui.common;

import java.util.List;
import java.util.Objects;

/** The two looks. Colours are named variables in each theme's sheet; app.css uses only those names. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** The style sheets to set on a scene, in order: the theme's colours, then the shared rules. */
    public List<String> stylesheets() {
        return List.of(url(sheet), url("app.css"));
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/io/turnaround/ui/css/" + name), name).toExternalForm();
    }
}
