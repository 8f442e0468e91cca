package io.turnaround.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One writer per data folder. The first Turnaround to start holds an operating-system lock on
 * {@code turnaround.lock}; a second one (a window or a writing command) finds it held and does
 * not write. The lock dies with its process, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "turnaround.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another Turnaround holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) {
        try {
            PrivateFiles.directory(dataDir);
            Path file = dataDir.resolve(FILE_NAME);
            PrivateFiles.file(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new InstanceLock(channel, lock));
            } catch (OverlappingFileLockException heldInThisProcess) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new StoreException("Cannot use the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Released with the process anyway.
        }
    }
}
