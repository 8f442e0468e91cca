package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aLaterStartAsksTheOpenOneToComeForward() throws Exception {
        CountDownLatch shown = new CountDownLatch(2);
        try (SingleInstance first = SingleInstance.listen(dir, shown::countDown).orElseThrow()) {
            assertTrue(SingleInstance.handOver(dir));
            assertTrue(SingleInstance.handOver(dir), "and again");
            assertTrue(shown.await(5, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(dir.resolve(SingleInstance.SOCKET)), "closing removes the socket");
        assertFalse(SingleInstance.handOver(dir), "nobody listens any more: the later start opens on its own");
    }

    @Test
    void aSocketLeftByACrashIsNotMistakenForAnOpenWindowAndIsReplaced() throws Exception {
        Files.writeString(dir.resolve(SingleInstance.SOCKET), "left behind");
        assertFalse(SingleInstance.handOver(dir));
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.listen(dir, shown::countDown).orElseThrow()) {
            assertTrue(SingleInstance.handOver(dir));
            assertTrue(shown.await(5, TimeUnit.SECONDS));
        }
    }
}
