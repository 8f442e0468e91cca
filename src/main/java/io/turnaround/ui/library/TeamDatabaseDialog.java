package io.turnaround.ui.library;

import io.turnaround.ui.common.Gap;
import io.turnaround.ui.common.I18n;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * View › Team database…: the address of a team library, an optional password (kept in memory only), "Test connection"
 * (which says in plain words what is there or what failed, and writes nothing), Connect, and back to "This computer
 * only".
 */
public final class TeamDatabaseDialog extends Dialog<TeamDatabaseDialog.Choice> {
    /** What the manager chose. */
    public sealed interface Choice permits Team, ThisComputer {
    }

    /** A team library; the password, when one was typed, lives only as long as the window. */
    public record Team(String address, char[] password) implements Choice {
    }

    /** The case file in the data folder. */
    public record ThisComputer() implements Choice {
    }


    /**
     * @param current the address open now, or empty for the case file
     * @param test    runs the test off the UI thread; completes (on the UI thread) with what to say
     */
    public TeamDatabaseDialog(Window owner, String current, Function<Team, CompletableFuture<String>> test, I18n i18n) {
        this(owner, current, "", test, i18n);
    }

    /** @param problem why the library could not be opened (shown at once), or empty */
    public TeamDatabaseDialog(Window owner, String current, String problem, Function<Team, CompletableFuture<String>> test, I18n i18n) {
        initOwner(owner);
        if (owner == null) {
            // Shown before any window (a failed start): the app's look, not the toolkit's.
            getDialogPane().getStylesheets().setAll(io.turnaround.ui.common.Theme.LIGHT.stylesheets());
        }
        ButtonType connect = new ButtonType(i18n.get("team.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(i18n.get("team.local"), ButtonBar.ButtonData.OTHER);
        setTitle(i18n.get("team.title"));
        setHeaderText(i18n.get("team.header"));
        TextField address = new TextField(current);
        address.setId("team-address");
        address.setPromptText("postgresql://you@host/turnaround?sslmode=verify-full");
        address.setAccessibleText(i18n.get("team.address"));
        address.setPrefColumnCount(36);
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText(i18n.get("team.password.prompt"));
        password.setAccessibleText(i18n.get("team.password"));
        Label result = new Label(problem);
        result.setId("team-result");
        result.setWrapText(true);
        result.setMaxWidth(520);
        Button testButton = new Button(i18n.get("team.test"));
        testButton.setId("team-test");
        testButton.setOnAction(e -> {
            result.setText(i18n.get("team.testing"));
            testButton.setDisable(true);
            test.apply(team(address, password)).whenComplete((said, failure) -> {
                testButton.setDisable(false);
                result.setText(failure == null ? said : reason(failure));
            });
        });
        VBox form = Gap.S.vbox(new Label(i18n.get("team.address")), address, new Label(i18n.get("team.password")), password,
                new Label(i18n.get("team.password.note")), testButton, result);
        form.getStyleClass().add("pad-l");
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(connect, local, ButtonType.CANCEL);
        getDialogPane().lookupButton(connect).disableProperty().bind(address.textProperty().map(t -> !t.strip().startsWith("postgres")));
        getDialogPane().lookupButton(local).setDisable(current.isEmpty());
        if (!problem.isEmpty()) {
            setHeaderText(i18n.get("team.failed"));
        }
        setOnShown(e -> address.requestFocus()); // the address is what is typed first, not Cancel
        setResultConverter(button -> button == connect ? team(address, password) : button == local ? new ThisComputer() : null);
    }

    public static Optional<Choice> ask(Window owner, String current, Function<Team, CompletableFuture<String>> test, I18n i18n) {
        return new TeamDatabaseDialog(owner, current, test, i18n).showAndWait();
    }

    /** The team library could not be opened: say why, and let the manager fix the address or password, or work locally. */
    public static Optional<Choice> askAfterFailure(String current, String problem, Function<Team, CompletableFuture<String>> test,
                                                   I18n i18n) {
        return new TeamDatabaseDialog(null, current, problem, test, i18n).showAndWait();
    }

    private static Team team(TextField address, PasswordField password) {
        return new Team(address.getText().strip(), password.getText().isEmpty() ? null : password.getText().toCharArray());
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
