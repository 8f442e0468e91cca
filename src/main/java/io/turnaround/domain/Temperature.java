package io.turnaround.domain;

/** How the customer sounds at a moment of the call. */
public enum Temperature {
    CALM,
    UPSET,
    ANGRY;

    /** The next level, wrapping round, for a single cycling shortcut. */
    public Temperature next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
