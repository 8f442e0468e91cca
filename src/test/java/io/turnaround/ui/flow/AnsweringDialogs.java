package io.turnaround.ui.flow;

import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.ForwardingDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The window's own dialogs, but for what a headless test cannot drive or wait on: the desktop's file choosers are
 * answered from a queue, messages and confirmations are recorded (a confirmation is answered yes), and files handed to
 * the desktop's opener are recorded instead of opened.
 */
final class AnsweringDialogs extends ForwardingDialogs {
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> said = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    AnsweringDialogs(DialogService window) {
        super(window);
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String proposedName) {
        Path folder = files.poll();
        return Optional.ofNullable(folder == null ? null : folder.resolve(proposedName));
    }

    @Override
    public void inform(String title, String message) {
        said.add(title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        said.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        said.add(title + ": " + message);
        return true;
    }

    /** What text questions are answered with, in turn (cancelled once they run out). */
    final Deque<String> texts = new ArrayDeque<>();

    @Override
    public Optional<String> editText(String title, String message, String initial) {
        said.add(title + ": " + message);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }
}
