package io.turnaround.domain;

/** The nine steps of a case, in order: LEAP on the call, then the five parts of the resolution. */
public enum Step {
    LISTEN(Phase.ON_CALL),
    EMPATHIZE(Phase.ON_CALL),
    ASK(Phase.ON_CALL),
    PRODUCE(Phase.ON_CALL),
    FACTS(Phase.RESOLUTION),
    CONCLUSIONS(Phase.RESOLUTION),
    RESOLUTION(Phase.RESOLUTION),
    PREVENTION(Phase.RESOLUTION),
    APPROVAL(Phase.RESOLUTION);

    public enum Phase {
        ON_CALL,
        RESOLUTION
    }

    private final Phase phase;

    Step(Phase phase) {
        this.phase = phase;
    }

    public Phase phase() {
        return phase;
    }

    /** 1-based position, as shown in the sidebar and used by Ctrl+1…Ctrl+9. */
    public int number() {
        return ordinal() + 1;
    }
}
