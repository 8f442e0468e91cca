package io.turnaround.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one and stay
 * testable with a recording fake.
 */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);

    /** Asks to choose one of {@code choices} (button labels, the first the default); its index, or -1 when closed. */
    int choose(String title, String message, java.util.List<String> choices);

    /** Says something that needs no answer. */
    void inform(String title, String message);

    /** Asks for a file to open; empty when cancelled. */
    Optional<Path> chooseFile(String title);

    /** Asks where to save a file, proposing a name; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String proposedName);

    /**
     * Opens a file with the desktop's default application. Where none is set up, shows where the file is
     * and copies its path to the clipboard, so it can be attached or opened by hand.
     */
    void openFile(Path file);

    /** Asks for a text of one's own, starting from {@code initial}; empty when cancelled. */
    Optional<String> editText(String title, String message, String initial);

    /**
     * Runs {@code ask} (a question) now, or, while a text field is being typed in, once the focus leaves it: a
     * question never interrupts a sentence. Returns whether it waits.
     */
    boolean whenNotTyping(Runnable ask);
}
