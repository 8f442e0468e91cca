package io.turnaround.ui;

import io.turnaround.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests without a window: every question answered yes, every error and opened file recorded. */
public final class RecordingDialogs implements DialogService {
    /** "title: message" of every error shown. */
    public final List<String> errors = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();
    private final Path saveFolder;

    /** @param saveFolder where "save as" puts a file under its proposed name; null to cancel every "save as" */
    public RecordingDialogs(Path saveFolder) {
        this.saveFolder = saveFolder;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    /** What each choose() answers, in turn (the first choice once they run out); the questions asked. */
    public final java.util.Deque<Integer> choices = new java.util.ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public int choose(String title, String message, List<String> options) {
        asked.add(title + ": " + message);
        return choices.isEmpty() ? 0 : choices.poll();
    }

    @Override
    public void inform(String title, String message) {
        asked.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String proposedName) {
        return saveFolder == null ? Optional.empty() : Optional.of(saveFolder.resolve(proposedName));
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }

    /** What each editText() answers, in turn (cancelled once they run out). */
    public final java.util.Deque<String> texts = new java.util.ArrayDeque<>();

    @Override
    public Optional<String> editText(String title, String message, String initial) {
        asked.add(title + ": " + message + " [" + initial + "]");
        return Optional.ofNullable(texts.poll());
    }

    /** When set, questions wait here as while a field is typed in; {@link #leaveField()} asks them. */
    public boolean typing;
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public boolean whenNotTyping(Runnable ask) {
        if (!typing) {
            ask.run();
            return false;
        }
        waiting.add(ask);
        return true;
    }

    /** The field being typed in is left: the questions that waited are asked. */
    public void leaveField() {
        typing = false;
        List<Runnable> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
