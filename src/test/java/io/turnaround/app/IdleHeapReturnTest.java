package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The periodic collection is switched on only when the launcher's options ask for it, at the interval they give. */
class IdleHeapReturnTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void switchesTheCollectionOnAtTheIntervalAskedAndOnlyThen() {
        String before = vm.getVMOption("G1PeriodicGCInterval").getValue();
        String property = System.getProperty(IdleHeapReturn.PROPERTY);
        try {
            System.clearProperty(IdleHeapReturn.PROPERTY);
            assertTrue(IdleHeapReturn.arm().isEmpty());
            assertEquals(before, vm.getVMOption("G1PeriodicGCInterval").getValue(), "not asked: left as it was");

            System.setProperty(IdleHeapReturn.PROPERTY, "750");
            assertEquals(OptionalLong.of(750), IdleHeapReturn.arm());
            assertEquals("750", vm.getVMOption("G1PeriodicGCInterval").getValue());
        } finally {
            vm.setVMOption("G1PeriodicGCInterval", before);
            if (property == null) {
                System.clearProperty(IdleHeapReturn.PROPERTY);
            } else {
                System.setProperty(IdleHeapReturn.PROPERTY, property);
            }
        }
    }
}
