package io.turnaround.ui.complaint;

import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** A complaint letter: its text to read and edit, what the rules still require, and Save as PDF / Email draft / Record as sent. */
public final class LetterDialog extends Dialog<Void> {

    public LetterDialog(Window owner, LetterViewModel vm, String reference, I18n i18n) {
        initOwner(owner);
        setTitle(i18n.get("letter.dialog.title", i18n.of(vm.kind()), reference));
        setResizable(true);
        Forms forms = new Forms(i18n);
        TextArea body = forms.textArea("letter-body", vm.bodyProperty(), 16);
        body.setWrapText(true);
        ListView<String> warnings = new ListView<>(vm.warnings());
        warnings.setId("letter-warnings");
        warnings.setPrefHeight(90);
        warnings.setPlaceholder(new Label(i18n.get("complaint.check.none")));
        Button save = new Button(i18n.get("letter.dialog.save"));
        save.setId("letter-save");
        save.setOnAction(e -> vm.savePdf());
        Button email = new Button(i18n.get("letter.dialog.email"));
        email.setId("letter-email");
        email.setOnAction(e -> vm.emailDraft());
        Button sent = new Button(i18n.get("letter.dialog.sent"));
        sent.setId("letter-sent");
        sent.setOnAction(e -> vm.markSent());
        for (Button b : new Button[] {save, email, sent}) {
            b.disableProperty().bind(vm.readyProperty().not());
            b.setAccessibleText(b.getText());
        }
        Label status = new Label();
        status.setId("letter-status");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(Bindings.isNotEmpty(vm.statusProperty()));
        var content = Gap.M.vbox(forms.field("complaint.check.title", warnings), forms.field("letter.dialog.body", body),
                new HBox(8, save, email, sent), status);
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        vm.draft();
    }
}
