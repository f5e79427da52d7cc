package io.idbridge.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One daemon per SQLite state store: an SQLite file has one writer, and two daemons on it would only take turns and
 * fight over its lock, so the second is refused at start with a clear message. The lock is an operating-system lock
 * on {@code <database>.daemon-lock}, released by the operating system when the process ends, however it ends.
 * PostgreSQL stores are not locked here: several daemons may share one.
 */
final class DaemonLock implements AutoCloseable {
    private static final String SQLITE = "jdbc:sqlite:";

    private final FileChannel channel;
    private final FileLock lock;

    private DaemonLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The second daemon on one SQLite store. */
    static final class TakenException extends Exception {
        TakenException(String message) {
            super(message);
        }
    }

    /**
     * Locks the SQLite store of {@code stateUrl} for this process; for any other store a lock that holds nothing.
     *
     * @throws TakenException when another daemon holds it
     */
    static DaemonLock acquire(String stateUrl) throws TakenException {
        if (!stateUrl.startsWith(SQLITE)) {
            return new DaemonLock(null, null);
        }
        String file = stateUrl.substring(SQLITE.length());
        int parameters = file.indexOf('?');
        Path lockFile = Path.of((parameters < 0 ? file : file.substring(0, parameters)) + ".daemon-lock")
                .toAbsolutePath();
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new TakenException("another idbridge daemon already runs on the SQLite state store "
                        + lockFile.getParent().resolve(lockFile.getFileName().toString().replace(".daemon-lock", ""))
                        + " (it holds " + lockFile + "); an SQLite store serves one daemon: stop the other one, or use "
                        + "PostgreSQL (idbridge.state.url) for several");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new DaemonLock(channel, lock);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot lock " + lockFile, failure);
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException failure) {
            // the operating system releases the lock with the process anyway
            throw new UncheckedIOException("cannot release the daemon lock", failure);
        }
    }
}
