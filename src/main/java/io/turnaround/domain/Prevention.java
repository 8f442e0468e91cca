package io.turnaround.domain;

import java.util.List;

/**
 * The Prevention step.
 *
 * @param customerAuthority who on the customer's side can change their process, when the contact cannot
 */
public record Prevention(List<PreventionAction> actions, @CustomerVisible String customerAuthority) {
    public static final Prevention EMPTY = new Prevention(List.of(), "");

    public Prevention {
        actions = Texts.copy(actions);
        customerAuthority = Texts.orEmpty(customerAuthority);
    }

    public Prevention withActions(List<PreventionAction> value) {
        return new Prevention(value, customerAuthority);
    }
}
