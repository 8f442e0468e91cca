package io.turnaround.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Case data is personal data: on POSIX systems the data folder is 0700 and every file in it
 * 0600. SQLite gives its -wal and -shm files the mode of the database file, so creating that
 * file private keeps them private too. Elsewhere (Windows) the user's profile folder protects it.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    static boolean posix(Path p) {
        return Files.getFileAttributeView(p.getParent() == null ? p : p.getParent(), PosixFileAttributeView.class) != null;
    }

    public static void directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Creates the file empty and private if it does not exist; makes it private if it does. */
    public static void file(Path file) throws IOException {
        if (!posix(file)) {
            if (Files.notExists(file)) {
                Files.createFile(file);
            }
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException exists) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Makes an existing file private (a copy, an export, a backup). */
    public static void restrict(Path file) throws IOException {
        if (posix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * Writes a whole file (an export) so that it is private from its first byte and never half-written:
     * a private temporary file beside it, then an atomic rename.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".turnaround-", ".part");
        try {
            restrict(temp);
            Files.write(temp, content);
            try {
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
