package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log lives in the data folder: the file and its folder are private from the first line written. */
class LogConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void theLogFileIsCreatedReadableByItsOwnerAlone() throws Exception {
        // File modes exist only on POSIX file systems; on Windows the user's profile folder protects the data.
        assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path logs = dir.resolve("logs");
        LoggerContext context = new LoggerContext();
        try {
            LogConfiguration configuration = new LogConfiguration();
            configuration.setContext(context);
            configuration.install(context, logs.toString());
            context.getLogger("test").info("a line");
            Path log = logs.resolve("turnaround.log");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
        } finally {
            context.stop();
        }
    }
}
