package io.turnaround.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A yes / no answer that may also be unanswered (null): two radio buttons, neither selected at first. */
public final class YesNo {
    private YesNo() {
    }

    public static HBox of(String id, ObjectProperty<Boolean> value, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = new RadioButton(i18n.get("common.yes"));
        yes.setId(id + "-yes");
        yes.setToggleGroup(group);
        RadioButton no = new RadioButton(i18n.get("common.no"));
        no.setId(id + "-no");
        no.setToggleGroup(group);
        yes.setSelected(Boolean.TRUE.equals(value.get()));
        no.setSelected(Boolean.FALSE.equals(value.get()));
        yes.setOnAction(e -> value.set(true));
        no.setOnAction(e -> value.set(false));
        return new HBox(16, yes, no);
    }
}
