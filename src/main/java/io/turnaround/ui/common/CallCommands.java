package io.turnaround.ui.common;

import io.turnaround.domain.Listen;
import io.turnaround.domain.Temperature;
import io.turnaround.domain.TemperatureReading;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The call clock's commands on one case: start, pause, end, and the customer's temperature. The Call menu, its keys
 * and the Listen screen's buttons all call these, whatever step is shown.
 */
public final class CallCommands {
    private final CaseSession session;
    private final Clock clock;

    public CallCommands(CaseSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Starts the clock; after a pause or an end it resumes the same call. */
    public void start() {
        edit(l -> l.start(clock.instant()));
    }

    public void pause() {
        edit(l -> l.pause(clock.instant()));
    }

    public void end() {
        edit(l -> l.end(clock.instant()));
    }

    /** Calm → upset → angry → calm; the first reading of a call is calm. */
    public void cycleTemperature() {
        Temperature now = session.current().listen().currentTemperature();
        setTemperature(now == null ? Temperature.CALM : now.next());
    }

    public void setTemperature(Temperature level) {
        TemperatureReading reading = new TemperatureReading(clock.instant(), callOffsetMillis(), level);
        edit(l -> l.withTemperatureAdded(reading));
    }

    /** Time on the call now: wall time since the start, less the pauses. */
    public long callOffsetMillis() {
        return session.current().listen().callOffsetAt(clock.instant());
    }

    private void edit(UnaryOperator<Listen> change) {
        session.update(c -> c.withListen(change.apply(c.listen())));
    }
}
