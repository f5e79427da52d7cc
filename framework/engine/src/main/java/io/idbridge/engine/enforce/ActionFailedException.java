package io.idbridge.engine.enforce;

/** An action cannot run for a reason of the engine's state (e.g. no account reference stored); not retryable. */
final class ActionFailedException extends RuntimeException {
    ActionFailedException(String message) {
        super(message);
    }
}
