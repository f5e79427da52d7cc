package io.idbridge.spi.error;

/** The target could not be reached (I/O error, timeout); transient. */
public class ConnectionFailedException extends ConnectorException {
    public ConnectionFailedException(String message, Throwable cause) {
        super(StandardErrorCode.CONNECTION_FAILED, message, cause);
    }
}
