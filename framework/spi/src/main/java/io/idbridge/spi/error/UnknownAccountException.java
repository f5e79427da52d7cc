package io.idbridge.spi.error;

/** The account addressed by an account reference does not exist (any more) in the target. */
public class UnknownAccountException extends ConnectorException {
    public UnknownAccountException(String message) {
        super(StandardErrorCode.ACCOUNT_NOT_FOUND, message);
    }
}
