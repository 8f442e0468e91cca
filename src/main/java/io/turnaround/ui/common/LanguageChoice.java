package io.turnaround.ui.common;

import io.turnaround.export.SummaryText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A choice of the language customer documents are written in: each language under its own name, or a default. */
public final class LanguageChoice {
    private LanguageChoice() {
    }

    /**
     * @param defaultLabel what the empty tag (no language chosen) is called
     * @param value        the chosen BCP 47 tag, empty for the default
     */
    public static ComboBox<String> create(String id, String defaultLabel, Property<String> value, String accessibleText) {
        List<String> tags = new ArrayList<>();
        tags.add("");
        tags.addAll(SummaryText.LANGUAGES);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(tags));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null || tag.isEmpty() ? defaultLabel : SummaryText.nativeName(tag);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setAccessibleText(accessibleText);
        return box;
    }
}
