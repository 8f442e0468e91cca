package io.turnaround.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first reaches its control. The first Tooltip of a window costs some 20 ms of the FX
 * thread (its class sets up a popup window); the controls of the first screen should not spend that before the list
 * shows. The accessible help is set at once, so screen readers lose nothing. Installing again changes the text.
 */
public final class LazyTooltip {
    private static final String TEXT = LazyTooltip.class.getName();

    private LazyTooltip() {
    }

    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
            return;
        }
        boolean first = !control.getProperties().containsKey(TEXT);
        control.getProperties().put(TEXT, text);
        if (first) {
            control.addEventFilter(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
                @Override
                public void handle(MouseEvent e) {
                    control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                    control.setTooltip(new Tooltip((String) control.getProperties().remove(TEXT)));
                }
            });
        }
    }
}
