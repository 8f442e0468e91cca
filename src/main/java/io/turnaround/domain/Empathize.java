package io.turnaround.domain;

import java.time.Instant;

/**
 * The Empathize step: the reflect-back the manager said (or will say) to the customer.
 *
 * @param saidOnCallAt when the manager ticked "said on the call"; null while not said
 */
public record Empathize(@CustomerVisible String reflectBack, Instant saidOnCallAt) {
    public static final Empathize EMPTY = new Empathize("", null);

    public Empathize {
        reflectBack = Texts.orEmpty(reflectBack);
    }
}
