package io.turnaround.ui.common;

import io.turnaround.domain.CustomerVisible;
import io.turnaround.domain.Internal;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Builds the labelled fields of the step screens the same way everywhere: a stable id, accessible
 * text, a label bound to its control, and — read from the model, not decided here — a badge on
 * fields that stay internal.
 */
public final class Forms {
    private final I18n i18n;

    public Forms(I18n i18n) {
        this.i18n = i18n;
    }

    /** A label, a badge when the model marks the field internal, and the control beneath. */
    public VBox field(String labelKey, Control control, Class<? extends Record> model, String component) {
        return labelledField(i18n.get(labelKey), control, model, component);
    }

    /** As {@link #field(String, Control, Class, String)}, with label text written by the user (a question of their own). */
    public VBox labelledField(String labelText, Control control, Class<? extends Record> model, String component) {
        Label label = new Label(labelText);
        label.setWrapText(true); // a label wraps rather than losing its end in a narrow column
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        boolean internal = isInternal(model, component);
        // Read from the model: internal fields never reach the customer; the others are printed in what they receive.
        String badgeKey = internal ? "field.internal" : "field.customer";
        Label badge = new Label(i18n.get(badgeKey));
        badge.getStyleClass().add(internal ? "internal-badge" : "customer-badge");
        badge.setTooltip(new Tooltip(i18n.get(badgeKey + ".tooltip")));
        FieldHeader header = new FieldHeader(label, badge);
        String text = labelText + " (" + i18n.get(badgeKey) + ")";
        control.setAccessibleText(text);
        if (control.getTooltip() == null && internal) {
            control.setTooltip(new Tooltip(i18n.get("field.internal.tooltip")));
        }
        VBox box = Gap.XS.vbox(header, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    /** A label and control that belong to no model field (options, search boxes). */
    public VBox field(String labelKey, Control control) {
        Label label = new Label(i18n.get(labelKey));
        label.setWrapText(true);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setAccessibleText(i18n.get(labelKey));
        VBox box = Gap.XS.vbox(label, control);
        box.getStyleClass().add("form-field");
        return box;
    }

    /**
     * The longest text a text area edits. Laying out a megabyte in a JavaFX text area stalls the window for many
     * seconds; longer text (pasted elsewhere, imported) is kept as it is and shown read-only, in part, with a note.
     */
    public static final int EDITABLE_CHARS = 20_000;

    public TextArea textArea(String id, Property<String> value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        bindLongText(area, value);
        tabMovesFocus(area);
        return area;
    }

    /** Like a bidirectional binding, but text over {@link #EDITABLE_CHARS} is neither typed in nor loaded whole. */
    private void bindLongText(TextArea area, Property<String> value) {
        boolean[] showing = {false};
        java.util.function.Consumer<String> show = v -> {
            showing[0] = true;
            try {
                String text = v == null ? "" : v;
                boolean tooLong = text.length() > EDITABLE_CHARS;
                area.setEditable(!tooLong);
                String shown = tooLong ? i18n.get("field.too-long", text.length()) + "\n\n" + Cells.preview(text) : text;
                if (!shown.equals(area.getText())) {
                    area.setText(shown);
                }
            } finally {
                showing[0] = false;
            }
        };
        show.accept(value.getValue());
        value.addListener((o, was, now) -> show.accept(now));
        area.textProperty().addListener((o, was, now) -> {
            if (!showing[0] && area.isEditable()) {
                value.setValue(now);
            }
        });
        // Typing or pasting past the limit is refused as a whole; what is there stays.
        area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                showing[0] || !change.isContentChange() || change.getControlNewText().length() <= EDITABLE_CHARS ? change : null));
    }

    /**
     * Tab leaves a text area instead of typing a tab, so the tab order follows the screen; the
     * text area itself treats Ctrl+Tab as "move focus", so Tab is passed on as that.
     */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    public TextField textField(String id, Property<String> value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The one-line hint under a step's title. */
    public Label hint(String key) {
        Label hint = new Label(i18n.get(key));
        hint.getStyleClass().add("step-hint");
        hint.setWrapText(true);
        return hint;
    }

    public Label sectionTitle(String key) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add("section-title");
        title.setWrapText(true); // on a narrow window or with large text it takes two lines rather than losing its end
        return title;
    }

    /** A row of fields sharing the width equally; on a window too narrow for them, they go on to the next line. */
    public static HBox row(Node... fields) {
        HBox row = new WrapRow(Gap.M, fields);
        Arrays.stream(fields).forEach(f -> HBox.setHgrow(f, Priority.ALWAYS));
        return row;
    }

    public static void selectAllOnFocus(TextInputControl control) {
        control.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                control.selectAll();
            }
        });
    }

    static boolean isInternal(Class<? extends Record> model, String component) {
        for (RecordComponent rc : model.getRecordComponents()) {
            if (rc.getName().equals(component)) {
                if (!rc.isAnnotationPresent(Internal.class) && !rc.isAnnotationPresent(CustomerVisible.class)) {
                    throw new IllegalArgumentException(model.getSimpleName() + "." + component + " is not a text field");
                }
                return rc.isAnnotationPresent(Internal.class);
            }
        }
        throw new IllegalArgumentException("No field " + model.getSimpleName() + "." + component);
    }
}
