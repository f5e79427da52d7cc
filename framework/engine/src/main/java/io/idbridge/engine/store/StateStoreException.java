package io.idbridge.engine.store;

/**
 * The state store could not be opened or could not read or write. Messages name the database with its password
 * masked and never carry a secret.
 */
public class StateStoreException extends RuntimeException {
    public StateStoreException(String message) {
        super(message);
    }

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
