package io.turnaround.ui.wizard;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.CaseHeader;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Step;
import io.turnaround.ui.common.CaseBindings;
import io.turnaround.ui.common.EnumCombo;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open case: the nine steps in a sidebar grouped by phase, the case's header fields, the
 * current step, and Back / Next. Step views are created on first visit and kept, so
 * moving between steps never rebuilds what the user is looking at.
 */
public final class WizardView extends BorderPane {
    private final WizardViewModel vm;
    private final StepFactory steps;
    private final I18n i18n;
    private final Map<Step, Node> built = new EnumMap<>(Step.class);
    private final Map<Step, ToggleButton> buttons = new EnumMap<>(Step.class);
    private final ScrollPane content = new ScrollPane();
    private final Label stepTitle = new Label();
    private final Label stepPurpose = new Label();
    private final VBox centre;
    /** In the scroll pane: the step's title, its purpose and its view. */
    private final VBox scrolled;
    private final CallBar callBar;
    /** Held strongly: a binding only observed by a property would be collected. */
    private final javafx.beans.binding.BooleanBinding callBarShown;
    /** The header fields' values, held strongly: a bidirectional binding alone would let them be collected. */
    private StringProperty subjectValue;
    private StringProperty customerValue;
    private ObjectProperty<CaseStatus> statusValue;
    /** The person on the phone (domain.Caller): their name and phone, typed as the call starts. */
    private StringProperty callerName;
    private StringProperty callerPhone;
    /** The case as a regulated complaint: the header's line and the record's dialog share it. */
    private io.turnaround.ui.complaint.ComplaintViewModel complaint;

    public WizardView(WizardViewModel vm, StepFactory steps, I18n i18n) {
        this.vm = vm;
        this.steps = steps;
        this.i18n = i18n;
        setId("wizard");
        getStyleClass().add("wizard");
        // The steps scroll when the window is too short for them (a large text size on a laptop).
        ScrollPane side = new ScrollPane(sidebar());
        side.setFitToWidth(true);
        side.setFitToHeight(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("sidebar-scroll");
        setLeft(side);
        setTop(header());
        content.setFitToWidth(true);
        content.getStyleClass().add("step-scroll");
        stepTitle.getStyleClass().add("step-title");
        stepTitle.setId("wizard-step-title");
        stepPurpose.getStyleClass().add("step-purpose");
        stepPurpose.setWrapText(true);
        stepPurpose.setMinHeight(Region.USE_PREF_SIZE); // whole, however tall the step below
        Label noDate = new Label(i18n.get("wizard.no-next-contact"));
        noDate.setId("wizard-no-next-contact");
        noDate.getStyleClass().add("warning");
        noDate.setMaxWidth(Double.MAX_VALUE);
        noDate.visibleProperty().bind(vm.leftWithoutNextContactProperty());
        noDate.managedProperty().bind(noDate.visibleProperty());
        Label approved = new Label(i18n.get("wizard.read-only"));
        approved.setId("wizard-read-only");
        approved.getStyleClass().add("warning");
        approved.setMaxWidth(Double.MAX_VALUE);
        approved.visibleProperty().bind(vm.session().readOnlyProperty());
        approved.managedProperty().bind(approved.visibleProperty());
        callBar = new CallBar(vm.callBar(), i18n);
        callBarShown = vm.callBarShown();
        callBar.visibleProperty().bind(callBarShown);
        callBar.managedProperty().bind(callBar.visibleProperty());
        // The title and purpose scroll with the step (a large text size leaves the step little room); the call bar stays.
        scrolled = Gap.XS.vbox(stepTitle, stepPurpose, new Region());
        content.setContent(scrolled);
        centre = Gap.XS.vbox(callBar, content, noDate, approved);
        centre.getStyleClass().add("step-area");
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(centre);
        setBottom(navigation());
        vm.currentStepProperty().addListener((obs, old, step) -> show(step));
        show(vm.currentStepProperty().get());
        javafx.beans.value.ChangeListener<Node> reveal = (o, was, focused) -> reveal(focused);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(reveal);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(reveal);
                show(vm.currentStepProperty().get());
            }
        });
    }

    private Node header() {
        CaseHeader h = vm.session().current().header();
        Label reference = new Label(h.reference());
        reference.setId("wizard-reference");
        reference.getStyleClass().add("case-reference");
        reference.setMinWidth(Region.USE_PREF_SIZE);
        subjectValue = CaseBindings.text(vm.session(), c -> c.header().subject(),
                (c, v) -> c.withHeader(c.header().withSubject(v)));
        customerValue = CaseBindings.text(vm.session(), c -> c.header().customerOrganisation(),
                (c, v) -> c.withHeader(c.header().withCustomerOrganisation(v)));
        TextField subject = new Forms(i18n).textField("wizard-subject", subjectValue);
        subject.setPromptText(i18n.get("wizard.subject.prompt"));
        subject.setAccessibleText(i18n.get("wizard.subject"));
        TextField customer = new Forms(i18n).textField("wizard-customer", customerValue);
        customer.setPromptText(i18n.get("wizard.customer.prompt"));
        customer.setAccessibleText(i18n.get("wizard.customer"));
        HBox.setHgrow(subject, Priority.ALWAYS);
        customer.setPrefColumnCount(14);
        subject.setStyle("-fx-min-width: 14em;");
        statusValue = CaseBindings.value(vm.session(), c -> c.header().status(), (c, v) -> c.withHeader(c.header().withStatus(v)));
        ComboBox<CaseStatus> status = EnumCombo.of("wizard-status", CaseStatus.values(), i18n);
        status.valueProperty().bindBidirectional(statusValue);
        status.setMaxWidth(Region.USE_PREF_SIZE);
        status.setAccessibleText(i18n.get("wizard.status"));
        status.setTooltip(new Tooltip(i18n.get("wizard.status")));
        callerName = CaseBindings.text(vm.session(), c -> io.turnaround.domain.Caller.of(c).map(io.turnaround.domain.Party::name).orElse(""),
                io.turnaround.domain.Caller::withName);
        callerPhone = CaseBindings.text(vm.session(), c -> io.turnaround.domain.Caller.of(c).map(io.turnaround.domain.Party::phone).orElse(""),
                io.turnaround.domain.Caller::withPhone);
        TextField caller = new Forms(i18n).textField("wizard-caller", callerName);
        caller.setPromptText(i18n.get("wizard.caller.prompt"));
        caller.setAccessibleText(i18n.get("wizard.caller"));
        caller.setPrefColumnCount(12);
        TextField phone = new Forms(i18n).textField("wizard-caller-phone", callerPhone);
        phone.setPromptText(i18n.get("wizard.caller.phone.prompt"));
        phone.setAccessibleText(i18n.get("wizard.caller.phone"));
        phone.setPrefColumnCount(9);
        caller.disableProperty().bind(vm.session().readOnlyProperty());
        phone.disableProperty().bind(vm.session().readOnlyProperty());
        // Everyone involved, the full list, from every step: it lives on the Approval step.
        javafx.scene.control.Button people = new javafx.scene.control.Button();
        people.setId("wizard-people");
        people.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get("wizard.people",
                vm.session().current().parties().size()), vm.session().currentProperty()));
        people.setAccessibleText(i18n.get("wizard.people.accessible"));
        people.setTooltip(new Tooltip(i18n.get("wizard.people.accessible")));
        people.setMinWidth(Region.USE_PREF_SIZE);
        people.setOnAction(e -> vm.goTo(io.turnaround.domain.Step.APPROVAL));
        HBox bar = new io.turnaround.ui.common.WrapRow(Gap.M, reference, subject, customer, status);
        subject.disableProperty().bind(vm.session().readOnlyProperty());
        customer.disableProperty().bind(vm.session().readOnlyProperty());
        status.disableProperty().bind(vm.session().readOnlyProperty());
        bar.setAlignment(Pos.CENTER_LEFT);
        // The caller on a line of their own under the subject, which keeps its width.
        Label on = new Label(i18n.get("wizard.caller.label"));
        on.setLabelFor(caller);
        on.getStyleClass().add("step-hint");
        // The complaint's rules and next deadline; a click opens the complaint record.
        complaint = steps.complaint(vm.session());
        javafx.scene.control.Button record = new javafx.scene.control.Button();
        record.setId("wizard-complaint");
        record.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> complaint.summary().get().isEmpty()
                ? i18n.get("complaint.open") : complaint.summary().get(), complaint.summary()));
        record.setAccessibleText(i18n.get("complaint.open.tooltip"));
        record.setTooltip(new Tooltip(i18n.get("complaint.open.tooltip")));
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> openComplaint());
        Runnable warn = () -> {
            record.getStyleClass().remove("complaint-overdue");
            if (complaint.overdue().get()) {
                record.getStyleClass().add("complaint-overdue");
            }
        };
        complaint.overdue().addListener((o, was, now) -> warn.run());
        warn.run();
        HBox callerRow = new io.turnaround.ui.common.WrapRow(Gap.S, on, caller, phone, people, record);
        callerRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = Gap.XS.vbox(bar, callerRow);
        header.getStyleClass().add("case-header");
        return header;
    }

    /** Case › Complaint record (and the header's button). */
    public void openComplaint() {
        steps.showComplaint(getScene() == null ? null : getScene().getWindow(), complaint);
    }

    private Node sidebar() {
        VBox side = Gap.XS.vbox();
        side.setId("wizard-steps");
        side.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        Step.Phase phase = null;
        for (Step step : Step.values()) {
            if (step.phase() != phase) {
                phase = step.phase();
                Label groupLabel = new Label(i18n.get("wizard.phase." + phase.name().toLowerCase(Locale.ROOT)));
                groupLabel.getStyleClass().add("sidebar-group");
                side.getChildren().add(groupLabel);
            }
            ToggleButton button = new ToggleButton();
            String name = i18n.get("step." + key(step) + ".title");
            Label number = new Label(String.valueOf(step.number()));
            number.getStyleClass().add("step-number");
            Label mark = new Label("✓");
            mark.getStyleClass().add("step-done");
            mark.visibleProperty().bind(vm.completeProperty(step));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox graphic = Gap.S.hbox(number, new Label(name), spacer, mark);
            graphic.setAlignment(Pos.CENTER_LEFT);
            button.setGraphic(graphic);
            button.setId("step-button-" + key(step));
            button.setAccessibleText(name);
            button.setTooltip(new Tooltip(name + " (Ctrl+" + step.number() + ")"));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("step-button");
            button.setOnAction(e -> {
                vm.goTo(step);
                button.setSelected(true);
            });
            buttons.put(step, button);
            side.getChildren().add(button);
        }
        return side;
    }

    private Node navigation() {
        Button back = new Button(i18n.get("wizard.back"));
        back.setId("wizard-back");
        back.setTooltip(new Tooltip(i18n.get("wizard.back.tooltip")));
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button(i18n.get("wizard.next"));
        next.setId("wizard-next");
        next.setTooltip(new Tooltip(i18n.get("wizard.next.tooltip")));
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setOnAction(e -> vm.next());
        next.getStyleClass().add("accent");
        // Never where the focus lands by itself: a field disabled or a list refreshed under the typing hand once sent the
        // focus here, and the next Space left the step. Ctrl+Page Up / Page Down and the mouse reach them.
        back.setFocusTraversable(false);
        next.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = Gap.M.hbox(spacer, back, next);
        bar.getStyleClass().add("wizard-nav");
        return bar;
    }

    private void show(Step step) {
        Node view = built.computeIfAbsent(step, s -> {
            Node created = steps.create(s, vm.session());
            // An approved case is read-only until reopened, which is done on the Approval step.
            if (s != Step.APPROVAL) {
                created.disableProperty().bind(vm.session().readOnlyProperty());
            }
            return created;
        });
        // Listen fills the window so its note line is always in sight (it scrolls only when the window is too short for
        // it); forms scroll.
        content.setFitToHeight(step == Step.LISTEN);
        scrolled.getChildren().set(2, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        content.setVvalue(0);
        stepTitle.setText(step.number() + ". " + i18n.get("step." + key(step) + ".title"));
        stepPurpose.setText(i18n.get("step." + key(step) + ".purpose"));
        buttons.get(step).setSelected(true);
        // The manager types at once: focus the step's first field (Listen: the note line). After the
        // next layout, when the view is really in the scene and the old step's focus is gone.
        Scene scene = getScene();
        if (scene != null) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Node owner = scene.getFocusOwner();
                if (owner == null || !isInside(owner, view)) {
                    firstInput(view).ifPresent(input -> {
                        input.requestFocus();
                        // Continue where the text ends, never type in front of it.
                        ((TextInputControl) input).end();
                    });
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }

    /**
     * Scrolls the step so that the field the focus moved to is in sight (a scroll pane does not follow the focus): Tab
     * through a long form, or the note line of Listen at a large text size, is never typed into unseen.
     */
    private void reveal(Node focused) {
        Node body = content.getContent();
        if (focused == null || body == null || !isInside(focused, body)) {
            return;
        }
        double contentHeight = body.getLayoutBounds().getHeight();
        double viewHeight = content.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        javafx.geometry.Bounds field = body.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double scrollable = contentHeight - viewHeight;
        double offset = content.getVvalue() * scrollable;
        if (field.getMinY() < offset) {
            offset = field.getMinY();
        } else if (field.getMaxY() > offset + viewHeight) {
            offset = Math.min(field.getMinY(), field.getMaxY() - viewHeight);
        }
        content.setVvalue(Math.max(0, Math.min(1, offset / scrollable)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Node> firstInput(Node node) {
        if (node instanceof TextInputControl input && input.isEditable() && !input.isDisabled() && input.isVisible()) {
            return java.util.Optional.of(input);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                var found = firstInput(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Ctrl+J: the quick note of the call bar, or Listen's own note line on Listen. */
    public void focusQuickNote() {
        if (vm.currentStepProperty().get() == Step.LISTEN) {
            Node line = built.get(Step.LISTEN) == null ? null : built.get(Step.LISTEN).lookup("#listen-note-input");
            if (line != null) {
                line.requestFocus();
            }
        } else if (callBar.isVisible()) {
            callBar.focusQuickNote();
        }
    }

    static String key(Step step) {
        return step.name().toLowerCase(Locale.ROOT);
    }
}
