package io.turnaround.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When something happened on a call, said the same way everywhere: the call clock (time on the call, pauses left
 * out) and the wall clock beside it — "04:12 · 14:32".
 */
public final class CallStamp {
    private final DateTimeFormatter wall;
    private final ZoneId zone;

    public CallStamp(Locale locale, ZoneId zone) {
        this.wall = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.zone = zone;
    }

    /** @param callOffsetMillis time on the call, or null when it happened outside a call (only the wall clock is shown) */
    public String format(Long callOffsetMillis, Instant at) {
        String clock = at == null ? "" : wall.format(at.atZone(zone));
        return callOffsetMillis == null ? clock : callClock(callOffsetMillis) + (clock.isEmpty() ? "" : " \u00b7 " + clock);
    }

    /** mm:ss, or h:mm:ss past the first hour. */
    public static String callClock(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }
}
