package io.idbridge.engine.store;

/**
 * Exclusive use of a state store by one engine run, so that two processes (a daemon and a manual sync, or two daemons
 * on one PostgreSQL store) never carry out the same journaled actions twice. Released by {@link #close()} and, should
 * the process die, by the operating system (SQLite: a file lock) or the database (PostgreSQL: an advisory lock).
 */
public interface RunLock extends AutoCloseable {
    @Override
    void close();
}
