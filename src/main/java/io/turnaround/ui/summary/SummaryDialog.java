package io.turnaround.ui.summary;

import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window of the customer summary: content choice, covering text with positioning phrases, Save PDF, Email. */
public final class SummaryDialog {
    private SummaryDialog() {
    }

    /** What the dialog is opened for: the covering text to review, or ready to save the PDF or to draft the email. */
    public enum Ready { REVIEW, SAVE, EMAIL }

    public static Stage show(Window owner, SummaryViewModel vm, I18n i18n) {
        return show(owner, vm, i18n, Ready.REVIEW);
    }

    /** Opened from File › Save summary PDF… or Email to all parties…: the covering text shown, Enter does what was asked. */
    public static Stage show(Window owner, SummaryViewModel vm, I18n i18n, Ready ready) {
        Forms forms = new Forms(i18n);
        ComboBox<SummaryViewModel.RevisionChoice> content = new ComboBox<>(vm.revisions());
        content.setId("summary-revision");
        content.valueProperty().bindBidirectional(vm.revisionProperty());
        content.setMaxWidth(Double.MAX_VALUE);

        TextArea cover = forms.textArea("summary-cover", vm.coverProperty(), 14);
        VBox.setVgrow(cover, Priority.ALWAYS);
        Label help = new Label(i18n.get("summary.cover.help"));
        help.getStyleClass().add("step-hint");

        FlowPane phrases = phrases(vm, i18n, cover);
        Button redraft = new Button(i18n.get("summary.redraft"));
        redraft.setId("summary-redraft");
        redraft.setAccessibleText(i18n.get("summary.redraft"));

        List<Label> warnings = warnings(vm, i18n);
        Label status = new Label();
        status.setId("summary-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);

        Button save = new Button(i18n.get("summary.save"));
        save.setId("summary-save-pdf");
        save.setDefaultButton(true);
        Button email = new Button(i18n.get("summary.email"));
        email.setId("summary-email");
        Button close = new Button(i18n.get("summary.close"));
        close.setId("summary-close");
        close.setCancelButton(true);
        for (Button b : List.of(save, email, close)) {
            b.setAccessibleText(b.getText());
        }
        save.disableProperty().bind(vm.busyProperty());
        email.disableProperty().bind(vm.busyProperty());
        redraft.disableProperty().bind(vm.busyProperty());
        // A sent revision's covering text is shown as it was sent, and cannot be edited.
        cover.disableProperty().bind(vm.busyProperty().or(vm.editableProperty().not()));
        redraft.visibleProperty().bind(vm.editableProperty());
        phrases.disableProperty().bind(vm.editableProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new io.turnaround.ui.common.WrapRow(Gap.S, spacer, save, email, close);
        for (Button b : List.of(save, email, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox coverField = forms.field("summary.cover.label", cover);
        VBox.setVgrow(coverField, Priority.ALWAYS);
        VBox root = Gap.M.vbox(forms.field("summary.choice.label", content), coverField, help, phrases, redraft);
        root.getChildren().addAll(warnings);
        root.getChildren().addAll(status, buttons);
        root.getStyleClass().add("pad-l");
        root.setId("summary-dialog");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("summary.dialog.title", vm.reference()));
        Scene scene = new Scene(root, 720, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle()); // the window's text size
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
        stage.setScene(scene);

        redraft.setOnAction(e -> vm.redraftIfConfirmed());
        save.setOnAction(e -> vm.savePdf());
        email.setOnAction(e -> vm.emailDraft());
        close.setOnAction(e -> stage.close());
        vm.load();
        if (ready == Ready.EMAIL) {
            save.setDefaultButton(false);
            email.setDefaultButton(true);
        }
        javafx.scene.Node first = ready == Ready.EMAIL ? email : ready == Ready.SAVE ? save : cover;
        // While the covering text is drafted the buttons are disabled, which moves the focus away: it comes back once
        // the draft is there.
        vm.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    vm.busyProperty().removeListener(this);
                    first.requestFocus();
                }
            }
        });
        stage.show();
        first.requestFocus();
        return stage;
    }

    /** Positioning phrases in the summary's language: a click puts one into the covering text at the caret. */
    private static FlowPane phrases(SummaryViewModel vm, I18n i18n, TextArea cover) {
        FlowPane phrases = new FlowPane(6, 6);
        phrases.setAlignment(Pos.CENTER_LEFT);
        Label insert = new Label(i18n.get("summary.phrases"));
        Runnable showPhrases = () -> {
            phrases.getChildren().setAll(insert);
            int n = 0;
            for (String phrase : vm.phrases()) {
                Button b = new Button(phrase);
                b.setId("summary-phrase-" + (++n));
                b.getStyleClass().add("chip");
                b.setAccessibleText(i18n.get("summary.phrases") + " " + phrase);
                b.setOnAction(e -> {
                    cover.insertText(cover.getCaretPosition(), phrase + ", ");
                    cover.requestFocus();
                });
                phrases.getChildren().add(b);
            }
        };
        showPhrases.run();
        vm.phrases().addListener((javafx.collections.ListChangeListener<String>) change -> showPhrases.run());
        return phrases;
    }

    /** Who signs and sends, a next contact already past, receivers without an address: said before sending. */
    private static List<Label> warnings(SummaryViewModel vm, I18n i18n) {
        List<String> unreachable = vm.unreachable();
        Label reach = new Label(unreachable.isEmpty() ? "" : i18n.get("summary.unreachable") + " " + String.join("; ", unreachable));
        reach.setId("summary-unreachable");
        reach.getStyleClass().add("warning");
        reach.setWrapText(true);
        reach.setVisible(!unreachable.isEmpty());
        reach.setManaged(!unreachable.isEmpty());

        String signedBy = vm.signer();
        String from = vm.senderAddress();
        Label signer = new Label((signedBy.isEmpty() ? i18n.get("summary.signer.none") : i18n.get("summary.signer", signedBy)) + " "
                + (from.isEmpty() ? i18n.get("summary.sender.none") : i18n.get("summary.sender", from)));
        signer.setId("summary-signer");
        signer.setWrapText(true);
        if (signedBy.isEmpty() || from.isEmpty()) {
            signer.getStyleClass().add("warning");
        }
        String past = vm.pastNextContact();
        Label pastContact = new Label(past);
        pastContact.setId("summary-past-contact");
        pastContact.getStyleClass().add("warning");
        pastContact.setWrapText(true);
        pastContact.setVisible(!past.isEmpty());
        pastContact.setManaged(!past.isEmpty());

        return List.of(signer, pastContact, reach);
    }
}
