package io.turnaround.ui.settings;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Settings;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** View › Settings: the date-proposal rules and the company name for customer documents. */
public final class SettingsDialog extends Dialog<Settings> {
    private final SettingsViewModel vm;

    /** The letterhead logo lives in the data folder, not in the settings record: choosing it is the app's job. */
    public interface LogoActions {
        void choose();

        void useDefault();
    }

    public SettingsDialog(Window owner, Settings current, I18n i18n, LogoActions logo) {
        this.vm = new SettingsViewModel(current);
        initOwner(owner);
        setTitle(i18n.get("settings.title"));
        setHeaderText(i18n.get("settings.header"));
        Forms forms = new Forms(i18n);
        Spinner<Integer> buffer = new Spinner<>(0, 20, vm.bufferDaysProperty().get());
        buffer.setId("settings-buffer");
        buffer.setEditable(true);
        buffer.valueProperty().addListener((o, a, b) -> vm.bufferDaysProperty().set(b));
        Spinner<Integer> capacity = new Spinner<>(1, 50, vm.dailyCapacityProperty().get());
        capacity.setId("settings-capacity");
        capacity.setEditable(true);
        capacity.valueProperty().addListener((o, a, b) -> vm.dailyCapacityProperty().set(b));
        TextField time = forms.textField("settings-time", vm.contactTimeProperty());
        TextField company = forms.textField("settings-company", vm.companyNameProperty());
        TextField managerName = forms.textField("settings-manager-name", vm.managerNameProperty());
        TextField managerTitle = forms.textField("settings-manager-title", vm.managerTitleProperty());
        TextField managerEmail = forms.textField("settings-manager-email", vm.managerEmailProperty());
        javafx.scene.control.ComboBox<String> language = io.turnaround.ui.common.LanguageChoice.create("settings-summary-language",
                i18n.get("settings.summary.language.app"), vm.summaryLanguageProperty(), i18n.get("settings.summary.language"));
        Label problem = new Label();
        problem.getStyleClass().add("warning");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get().isEmpty() ? "" : i18n.get(vm.problemProperty().get()), vm.problemProperty()));
        problem.visibleProperty().bind(vm.validProperty().not());
        problem.managedProperty().bind(problem.visibleProperty());
        javafx.scene.control.Button chooseLogo = new javafx.scene.control.Button(i18n.get("settings.logo.choose"));
        chooseLogo.setId("settings-logo-choose");
        chooseLogo.setAccessibleText(i18n.get("settings.logo.choose"));
        chooseLogo.setOnAction(e -> logo.choose());
        javafx.scene.control.Button defaultLogo = new javafx.scene.control.Button(i18n.get("settings.logo.default"));
        defaultLogo.setId("settings-logo-default");
        defaultLogo.setAccessibleText(i18n.get("settings.logo.default"));
        defaultLogo.setOnAction(e -> logo.useDefault());
        Label logoLabel = new Label(i18n.get("settings.logo"));
        logoLabel.getStyleClass().add("field-label");
        VBox logoField = Gap.XS.vbox(logoLabel, new javafx.scene.layout.HBox(8, chooseLogo, defaultLogo));
        VBox form = Gap.M.vbox(forms.field("settings.buffer", buffer), forms.field("settings.capacity", capacity),
                forms.field("settings.time", time), forms.field("settings.company", company),
                Forms.row(forms.field("settings.manager.name", managerName), forms.field("settings.manager.title", managerTitle)),
                forms.field("settings.manager.email", managerEmail), forms.field("settings.summary.language", language), logoField,
                problem);
        form.setPrefWidth(480);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(vm.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? vm.result().orElse(null) : null);
    }

    public static Optional<Settings> ask(Window owner, Settings current, I18n i18n, LogoActions logo) {
        return new SettingsDialog(owner, current, i18n, logo).showAndWait();
    }
}
