package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.Attachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        // The guarantee is POSIX permissions; on Windows the profile folder's ACL protects the data.
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderIsPrivateAndSoIsEveryFileSqliteWrites() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.openIn(data)) {
            new CaseRepository(db, Clock.systemUTC()).create(TestCases.fullyPopulated());
            assertEquals("rwx------", mode(data));
            assertEquals("rw-------", mode(data.resolve("turnaround.db")));
            assertEquals("rw-------", mode(data.resolve("turnaround.db-wal")));
            assertEquals("rw-------", mode(data.resolve("turnaround.db-shm")));
        }
    }

    @Test
    void attachmentsArePrivate() throws Exception {
        Path source = dir.resolve("photo.jpg");
        Files.writeString(source, "jpeg");
        AttachmentFiles files = new AttachmentFiles(dir.resolve("data"));
        Attachment a = files.copyIn(1, source);
        assertEquals("rw-------", mode(files.pathOf(1, a)));
        assertEquals("rwx------", mode(files.pathOf(1, a).getParent()));
        assertEquals("rwx------", mode(dir.resolve("data/attachments")));
    }
}
