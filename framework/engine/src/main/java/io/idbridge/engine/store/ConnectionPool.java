package io.idbridge.engine.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of connections, opened when first needed and handed out one thread at a time in arrival order. A
 * pool of one serializes its users, which is how the SQLite store keeps a single writer.
 */
final class ConnectionPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    /** Opens one new connection. */
    @FunctionalInterface
    interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private final String name;
    private final ConnectionOpener opener;
    private final int size;
    private final Duration borrowTimeout;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(String name, ConnectionOpener opener, int size, Duration borrowTimeout) {
        this.name = requireNonNull(name, "name is null");
        this.opener = requireNonNull(opener, "opener is null");
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
        this.borrowTimeout = requireNonNull(borrowTimeout, "borrowTimeout is null");
        this.permits = new Semaphore(size, true);
    }

    /** Waits for a free connection; fails when none is free within the borrow timeout or the pool is closed. */
    Connection borrow() {
        try {
            if (!permits.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StateStoreException("no " + name + " connection became free within " + borrowTimeout.toSeconds()
                        + " s (" + size + " in use)");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StateStoreException("interrupted while waiting for a " + name + " connection", interrupted);
        }
        try {
            Connection connection = takeIdle();
            return connection != null ? connection : opener.open();
        } catch (SQLException | RuntimeException failure) {
            permits.release();
            if (failure instanceof RuntimeException runtimeFailure) {
                throw runtimeFailure;
            }
            throw new StateStoreException("could not open a " + name + " connection: " + failure.getMessage(), failure);
        }
    }

    /** Returns a borrowed connection; one that is not {@code reusable} (or any, once the pool is closed) is closed. */
    void giveBack(Connection connection, boolean reusable) {
        requireNonNull(connection, "connection is null");
        try {
            boolean kept = false;
            if (reusable) {
                synchronized (this) {
                    if (!closed) {
                        idle.push(connection);
                        kept = true;
                    }
                }
            }
            if (!kept) {
                closeConnection(connection);
            }
        } finally {
            permits.release();
        }
    }

    private synchronized Connection takeIdle() {
        if (closed) {
            throw new StateStoreException("the state store is closed");
        }
        return idle.poll();
    }

    /** Closes the idle connections now and every borrowed one when it is given back. */
    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        StateStoreException failure = null;
        for (Connection connection : toClose) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                if (failure == null) {
                    failure = new StateStoreException("could not close a " + name + " connection", closeFailure);
                } else {
                    failure.addSuppressed(closeFailure);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Closes every idle connection. Called when one connection turned out to be broken: after a database restart all
     * of them are, and the next user should get a new one.
     */
    void discardIdle() {
        Deque<Connection> toClose;
        synchronized (this) {
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(this::closeConnection);
    }

    /** Closes a connection the pool does not keep; it is often broken, so failing to close it is only logged. */
    private void closeConnection(Connection connection) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            LOG.warn("Could not close a discarded {} connection: {}", name, closeFailure.toString());
        }
    }
}
