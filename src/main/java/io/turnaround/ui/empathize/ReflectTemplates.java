package io.turnaround.ui.empathize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The reflect-back phrasings and feeling words, from {@code i18n/reflect.properties}. */
public final class ReflectTemplates {
    private final List<String> templates;
    private final ResourceBundle bundle;
    private final Locale locale;

    public ReflectTemplates(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's language: German notes get German phrasings on an English machine too.
        bundle = ResourceBundle.getBundle("io.turnaround.i18n.reflect", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> found = new ArrayList<>();
        for (int i = 1; bundle.containsKey("template." + i); i++) {
            found.add(bundle.getString("template." + i));
        }
        templates = List.copyOf(found);
    }

    /** The phrasings for the case's language (the summary's, if chosen), else the window's. */
    public ReflectTemplates forLanguage(String tag) {
        Locale wanted = tag == null || tag.isBlank() ? locale : Locale.forLanguageTag(tag);
        return wanted.getLanguage().equals(locale.getLanguage()) ? this : new ReflectTemplates(wanted);
    }

    public Locale locale() {
        return locale;
    }

    /** The language's "and", for joining the points. */
    public String and() {
        return bundle.containsKey("and") ? bundle.getString("and") : "and";
    }

    public List<String> templates() {
        return templates;
    }

    public String feeling(String key) {
        return bundle.containsKey("feeling." + key) ? bundle.getString("feeling." + key) : bundle.getString("feeling.calm");
    }
}
