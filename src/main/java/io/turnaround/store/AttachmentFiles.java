package io.turnaround.store;

import io.turnaround.domain.Attachment;
import io.turnaround.domain.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Evidence files, copied into the data folder ({@code attachments/<case id>/}) so a case never
 * depends on where the original lived. Each copy is hashed as it is written.
 */
public final class AttachmentFiles {
    private final Path root;

    public AttachmentFiles(Path dataDir) {
        this.root = dataDir.resolve("attachments");
    }

    /** Copies {@code source} into the case's folder; the copy is complete before it is named. */
    public Attachment copyIn(long caseId, Path source) {
        String original = source.getFileName() == null ? "file" : source.getFileName().toString();
        String id = Ids.newId();
        String stored = id + "-" + safe(original);
        Path dir = root.resolve(String.valueOf(caseId));
        try {
            PrivateFiles.directory(root);
            PrivateFiles.directory(dir);
            Path partial = dir.resolve(stored + ".part");
            PrivateFiles.file(partial);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                size = in.transferTo(out);
            }
            Files.move(partial, dir.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
            return new Attachment(id, original, stored, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new StoreException("Could not copy " + original + " into the case: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Path pathOf(long caseId, Attachment attachment) {
        return root.resolve(String.valueOf(caseId)).resolve(attachment.storedName());
    }

    /** A file name that is safe on every system, keeping the extension so the desktop knows how to open it. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(ch -> ch == '.')) {
            cleaned = "file";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }
}
