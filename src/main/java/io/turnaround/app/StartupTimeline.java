package io.turnaround.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each stage of the start was reached, in milliseconds from the JVM's start: {@code --measure-startup} prints them
 * before its total (installer/bench-startup.sh takes their medians). Stages are marked from the threads that reach
 * them; the first time counts.
 */
final class StartupTimeline {
    private final long jvmStartMillis;
    private final Map<String, Long> reached = new ConcurrentHashMap<>();

    StartupTimeline(long jvmStartMillis) {
        this.jvmStartMillis = jvmStartMillis;
    }

    void mark(String stage) {
        reached.putIfAbsent(stage, System.currentTimeMillis() - jvmStartMillis);
    }

    long sinceStart() {
        return System.currentTimeMillis() - jvmStartMillis;
    }

    /** "startup-stage NAME MS", in the order they were reached. */
    List<String> lines() {
        return reached.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> "startup-stage " + e.getKey() + " " + e.getValue()).toList();
    }
}
