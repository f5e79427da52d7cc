package io.idbridge.engine.store;

/**
 * {@link StateStore#acquireRunLock()} found the store taken by another run, in this or another process: a busy store,
 * not a broken one, so a caller may say "try again later" (the admin API answers 409) rather than report a failure.
 */
public final class RunLockTakenException extends StateStoreException {
    public RunLockTakenException(String message) {
        super(message);
    }
}
