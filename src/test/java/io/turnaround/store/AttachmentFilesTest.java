package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.turnaround.domain.Attachment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCopyIsStoredWithItsHashSizeAndOriginalName() throws Exception {
        Path source = dir.resolve("lab report: 90°C?.pdf");
        Files.writeString(source, "abc", StandardCharsets.UTF_8);
        AttachmentFiles files = new AttachmentFiles(dir.resolve("data"));
        Attachment a = files.copyIn(7, source);
        assertEquals("lab report: 90°C?.pdf", a.originalName());
        assertEquals(3, a.size());
        // SHA-256("abc"), from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", a.sha256());
        Path copy = files.pathOf(7, a);
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(copy));
        assertEquals(dir.resolve("data/attachments/7"), copy.getParent());
        assertFalse(copy.getFileName().toString().contains(":"));
        Files.delete(source);
        assertEquals("abc", Files.readString(copy), "the case no longer depends on the original");
    }

    @Test
    void namesAreMadeSafe() {
        assertEquals("a_b_c.txt", AttachmentFiles.safe("a/b\\c.txt"));
        assertEquals("file", AttachmentFiles.safe(".."));
        assertEquals(120, AttachmentFiles.safe("x".repeat(300) + ".pdf").length());
    }
}
