package io.turnaround.ui.files;

import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** File › Complaint register…: the period, with the half-years a complaints return covers one click away. */
public final class RegisterPeriodDialog extends Dialog<LocalDate[]> {

    public RegisterPeriodDialog(Window owner, LocalDate today, I18n i18n) {
        initOwner(owner);
        setTitle(i18n.get("register.title"));
        setHeaderText(i18n.get("register.header"));
        Forms forms = new Forms(i18n);
        DatePicker from = new DatePicker();
        from.setId("register-from");
        DatePicker to = new DatePicker();
        to.setId("register-to");
        // The last whole half-year by default: what a half-yearly return reports.
        LocalDate halfStart = today.getMonthValue() <= 6 ? LocalDate.of(today.getYear(), 1, 1) : LocalDate.of(today.getYear(), 7, 1);
        LocalDate lastHalf = halfStart.minusMonths(6);
        from.setValue(lastHalf);
        to.setValue(halfStart.minusDays(1));
        Button previous = new Button(i18n.get("register.last-half"));
        previous.setId("register-last-half");
        previous.setOnAction(e -> {
            from.setValue(lastHalf);
            to.setValue(halfStart.minusDays(1));
        });
        Button current = new Button(i18n.get("register.this-half"));
        current.setId("register-this-half");
        current.setOnAction(e -> {
            from.setValue(halfStart);
            to.setValue(today);
        });
        getDialogPane().setContent(Gap.M.vbox(Forms.row(forms.field("register.from", from), forms.field("register.to", to)),
                new HBox(8, previous, current)));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue()),
                from.valueProperty(), to.valueProperty()));
        setResultConverter(b -> b == ButtonType.OK ? new LocalDate[] {from.getValue(), to.getValue()} : null);
    }

    public static Optional<LocalDate[]> ask(Window owner, LocalDate today, I18n i18n) {
        return new RegisterPeriodDialog(owner, today, i18n).showAndWait();
    }
}
