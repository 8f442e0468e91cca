package io.turnaround.ui.common;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one and stay
 * testable with a recording fake.
 */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for a file to open; empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseFile(String title);

    /** Opens a file with the desktop's default application; says so when there is none. */
    void openFile(java.nio.file.Path file);
}
