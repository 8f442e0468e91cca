package io.turnaround.domain;

import java.time.LocalDate;

/**
 * A check, some days after an action is done, that it worked.
 *
 * @param passed null until the check has been made
 */
public record EffectivenessCheck(LocalDate dueOn, @Internal String result, Boolean passed) {
    public EffectivenessCheck {
        result = Texts.orEmpty(result);
    }
}
