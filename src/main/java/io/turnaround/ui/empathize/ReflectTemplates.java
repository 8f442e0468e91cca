package io.turnaround.ui.empathize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The reflect-back phrasings and feeling words, from {@code i18n/reflect.properties}. */
public final class ReflectTemplates {
    private final List<String> templates;
    private final ResourceBundle bundle;

    public ReflectTemplates(Locale locale) {
        bundle = ResourceBundle.getBundle("io.turnaround.i18n.reflect", locale);
        List<String> found = new ArrayList<>();
        for (int i = 1; bundle.containsKey("template." + i); i++) {
            found.add(bundle.getString("template." + i));
        }
        templates = List.copyOf(found);
    }

    public List<String> templates() {
        return templates;
    }

    public String feeling(String key) {
        return bundle.containsKey("feeling." + key) ? bundle.getString("feeling." + key) : bundle.getString("feeling.calm");
    }
}
