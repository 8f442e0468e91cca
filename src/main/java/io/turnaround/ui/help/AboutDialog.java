package io.turnaround.ui.help;

import io.turnaround.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the version, which library is open and where the data folder is, and the licences of what is bundled. */
public final class AboutDialog {
    /** What the dialog says about this installation. */
    public record Facts(String version, Path dataFolder, String library) {
    }

    private AboutDialog() {
    }

    /** The licences of the bundled libraries and fonts, as shipped in the app. */
    public static String licences() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("licences.txt")) {
            if (in == null) {
                throw new IllegalStateException("licences.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dialog's text above the licences. */
    public static String summary(Facts facts, I18n i18n) {
        return i18n.get("about.text", facts.version(), facts.library(), facts.dataFolder());
    }

    public static void show(Window owner, Facts facts, I18n i18n) {
        Label said = new Label(summary(facts, i18n));
        said.setId("about-text");
        said.setWrapText(true);
        TextArea licences = new TextArea(licences());
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.setAccessibleText(i18n.get("about.licences"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("about.title"));
        alert.setHeaderText(i18n.get("about.header", facts.version()));
        alert.getDialogPane().setId("about-dialog");
        alert.getDialogPane().setContent(new VBox(10, said, new Label(i18n.get("about.licences")), licences));
        alert.getDialogPane().setPrefWidth(620);
        alert.showAndWait();
    }
}
