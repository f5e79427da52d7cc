package io.idbridge.engine.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/** Run locks for an SQLite store: an exclusive lock on a file beside the database, which dies with the process. */
final class SqliteRunLocks implements Supplier<RunLock> {
    private final Path lockFile;

    SqliteRunLocks(Path databaseFile) {
        this.lockFile = databaseFile.resolveSibling(databaseFile.getFileName() + ".run-lock");
    }

    @Override
    public RunLock get() {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = new String(java.nio.file.Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
                channel.close();
                throw new RunLockTakenException("another IdBridge run is using this state store"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")") + "; try again when it has finished");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(ManagementFactory.getRuntimeMXBean().getName()
                    .getBytes(StandardCharsets.UTF_8)));
            FileChannel held = channel;
            return () -> release(lock, held);
        } catch (IOException failure) {
            closeQuietly(channel, failure);
            throw new StateStoreException("cannot lock the state store (" + lockFile + "): " + failure.getMessage(),
                    failure);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            lock.release();
            channel.close();
        } catch (IOException failure) {
            throw new StateStoreException("cannot release the state store lock: " + failure.getMessage(), failure);
        }
    }

    private static void closeQuietly(FileChannel channel, IOException cause) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }
}
