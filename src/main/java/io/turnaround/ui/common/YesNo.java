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
        // The selection is the answer, however it was made: a click, Space, or the arrow keys (which move the selection
        // within the group without an action event).
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                value.set(now == yes);
            }
        });
        value.addListener((o, was, now) -> {
            yes.setSelected(Boolean.TRUE.equals(now));
            no.setSelected(Boolean.FALSE.equals(now));
        });
        return Gap.L.hbox(yes, no);
    }
}
