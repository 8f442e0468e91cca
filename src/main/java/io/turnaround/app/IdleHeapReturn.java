package io.turnaround.app;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;

/**
 * The installed app hands the heap it no longer uses back to the system while the window is idle: G1's periodic
 * collection ({@code G1PeriodicGCInterval}), every {@code -Dturnaround.idle-gc-ms} milliseconds (installer/jpackage/image.args).
 * It is switched on once the case list is drawn, not from the JVM's start: armed from the start, its first collection
 * came half a second in, in the middle of building the window, and shrank the heap to what the start had used so far,
 * so that the rest of the start ran through a dozen collections (some 200 ms stopped at safepoints on two cores,
 * against one collection without it).
 */
final class IdleHeapReturn {
    static final String PROPERTY = "turnaround.idle-gc-ms";
    private static final String FLAG = "G1PeriodicGCInterval";

    private IdleHeapReturn() {
    }

    /** Switches the periodic collection on when the launcher asks for it; returns the interval set, if any. */
    static OptionalLong arm() {
        Long millis = Long.getLong(PROPERTY);
        if (millis == null || millis <= 0) {
            return OptionalLong.empty();
        }
        try {
            var vm = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            vm.setVMOption(FLAG, Long.toString(millis));
            return OptionalLong.of(millis);
        } catch (RuntimeException | LinkageError e) {
            // A runtime without jdk.management, or a VM without the flag: the heap is then only given back by the collector's own rules.
            org.slf4j.LoggerFactory.getLogger(IdleHeapReturn.class).debug("Periodic collection not switched on", e);
            return OptionalLong.empty();
        }
    }
}
