package io.turnaround.ui.common;

import java.util.Map;
import javafx.scene.input.KeyCombination;

/**
 * A step view whose shortcuts work from every step of the open case (the call clock and the
 * customer's temperature must be reachable whatever the manager is looking at). The wizard
 * installs them while the case is open.
 */
public interface CaseShortcuts {
    Map<KeyCombination, Runnable> shortcuts();
}
