package io.turnaround.domain;

import java.time.Instant;

/** One point of the customer's temperature over the call. */
public record TemperatureReading(Instant at, long callOffsetMillis, Temperature level) {
    public TemperatureReading {
        level = level == null ? Temperature.CALM : level;
    }
}
