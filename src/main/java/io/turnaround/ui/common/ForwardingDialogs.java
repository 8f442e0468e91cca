package io.turnaround.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs that hand every call to others: the base of dialogs that change one or two (quiet errors, answered files). */
public class ForwardingDialogs implements DialogService {
    private final DialogService to;

    public ForwardingDialogs(DialogService to) {
        this.to = to;
    }

    @Override
    public void showError(String title, String message) {
        to.showError(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return to.confirm(title, message);
    }

    @Override
    public int choose(String title, String message, List<String> choices) {
        return to.choose(title, message, choices);
    }

    @Override
    public void inform(String title, String message) {
        to.inform(title, message);
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return to.chooseFile(title);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String proposedName) {
        return to.chooseSaveFile(title, proposedName);
    }

    @Override
    public void openFile(Path file) {
        to.openFile(file);
    }

    @Override
    public Optional<String> editText(String title, String message, String initial) {
        return to.editText(title, message, initial);
    }

    @Override
    public boolean whenNotTyping(Runnable ask) {
        return to.whenNotTyping(ask);
    }
}
