package io.turnaround.ui.common;

import io.turnaround.domain.Listen;
import io.turnaround.domain.Temperature;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the call stands, for a screen to show: the call clock's text, running or not, and the customer's temperature,
 * following every change of the case whoever made it (Listen's buttons, the call bar, the Call menu).
 */
public final class CallStatus {
    private final CaseSession session;
    private final CallCommands call;
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Listen.CallState> callState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Temperature> temperature = new ReadOnlyObjectWrapper<>();

    public CallStatus(CaseSession session, CallCommands call) {
        this.session = session;
        this.call = call;
        refresh();
        session.currentProperty().addListener((o, was, now) -> {
            if (was == null || !was.listen().equals(now.listen())) {
                refresh();
            }
        });
    }

    /** Called once a second while shown. */
    public void tick() {
        clockText.set(CallStamp.callClock(call.callOffsetMillis()));
    }

    private void refresh() {
        Listen l = session.current().listen();
        callState.set(l.callState());
        temperature.set(l.currentTemperature());
        tick();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Listen.CallState> callStateProperty() {
        return callState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Temperature> temperatureProperty() {
        return temperature.getReadOnlyProperty();
    }
}
