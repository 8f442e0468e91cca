package io.turnaround.domain;

import java.util.UUID;

/** Identifiers of the parts of a case: random, so parts created offline or imported never clash. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
