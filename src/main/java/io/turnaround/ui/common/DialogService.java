package io.turnaround.ui.common;

/**
 * Every dialog the UI shows goes through here, so view models can ask for one and stay
 * testable with a recording fake.
 */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);
}
