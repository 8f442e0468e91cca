package io.turnaround.ui.common;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A combo box over an enum, showing each constant's label from the bundle. */
public final class EnumCombo {
    private EnumCombo() {
    }

    @SafeVarargs
    public static <E extends Enum<E>> ComboBox<E> of(String id, E[] values, I18n i18n, E... hidden) {
        ComboBox<E> box = new ComboBox<>();
        for (E v : values) {
            if (!java.util.List.of(hidden).contains(v)) {
                box.getItems().add(v);
            }
        }
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.of(value);
            }

            @Override
            public E fromString(String string) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        // Wide enough for its shortest useful label even while empty: an empty choice once shrank to a sliver ("Resp…").
        double shortest = box.getItems().stream().mapToDouble(v -> new javafx.scene.text.Text(i18n.of(v)).getLayoutBounds().getWidth())
                .min().orElse(40);
        box.setMinWidth(Math.ceil(Math.min(shortest, 120)) + 40);
        return box;
    }
}
