package io.turnaround.ui.common;

import io.turnaround.domain.SettingKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window looks: its theme and its text size, chosen in the View menu, restored at the next start and kept in the
 * case file's settings. The window applies them to its scene; the menu shows and changes them here.
 */
public final class Appearance {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);

    /**
     * Loads the last choices (off the UI thread) and, when {@code remember}, keeps every later change. A choice made
     * before the stored one arrives wins over it.
     */
    public void restore(SettingsModel settings, boolean remember) {
        boolean[] themeChosen = new boolean[1];
        boolean[] sizeChosen = new boolean[1];
        boolean[] restoring = new boolean[1];
        theme.addListener((o, was, now) -> {
            themeChosen[0] |= !restoring[0];
            if (remember && !restoring[0]) {
                settings.saveValue(SettingKey.THEME, now.name());
            }
        });
        textSize.addListener((o, was, now) -> {
            sizeChosen[0] |= !restoring[0];
            if (remember && !restoring[0]) {
                settings.saveValue(SettingKey.TEXT_SIZE, now.name());
            }
        });
        settings.loadValue(SettingKey.THEME, name -> {
            if (!themeChosen[0]) {
                restoring[0] = true;
                java.util.Arrays.stream(Theme.values()).filter(t -> t.name().equals(name)).findFirst().ifPresent(theme::set);
                restoring[0] = false;
            }
        });
        settings.loadValue(SettingKey.TEXT_SIZE, name -> {
            if (!sizeChosen[0]) {
                restoring[0] = true;
                textSize.set(TextSize.named(name));
                restoring[0] = false;
            }
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public void larger() {
        textSize.set(textSize.get().larger());
    }

    public void smaller() {
        textSize.set(textSize.get().smaller());
    }

    public void normalSize() {
        textSize.set(TextSize.NORMAL);
    }
}
