package io.idbridge.spi.error;

/** The account addressed by an account reference does not exist (any more) in the target. */
public class UnknownAccountException extends ConnectorException {
    public UnknownAccountException(String message) {
        super(StandardErrorCode.ACCOUNT_NOT_FOUND, message);
    }

    /** @param cause the failure that revealed it, e.g. the target's HTTP error */
    public UnknownAccountException(String message, Throwable cause) {
        super(StandardErrorCode.ACCOUNT_NOT_FOUND, message, cause);
    }
}
