package io.turnaround.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** All user-facing text, from {@code i18n/messages*.properties}, keyed by dotted names. */
public final class I18n {
    private final ResourceBundle bundle;
    private final Locale locale;

    private static final String BUNDLE = "io.turnaround.i18n.messages";

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * Reads the texts of {@code locale} ahead, on the calling thread: looking them up tries a class and a file for each
     * of the locale's fallbacks through every jar of the class path, some 20 ms; the JDK keeps what it read for the
     * window's own {@code new I18n(locale)}.
     */
    public static void preload(Locale locale) {
        ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Visible in the UI and caught by the bundle-coverage test, but never a crash.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String of(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
