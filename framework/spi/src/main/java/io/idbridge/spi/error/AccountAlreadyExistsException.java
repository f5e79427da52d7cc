package io.idbridge.spi.error;

/** A create was refused because an account with the same unique value already exists. */
public class AccountAlreadyExistsException extends ConnectorException {
    public AccountAlreadyExistsException(String message) {
        super(StandardErrorCode.ACCOUNT_ALREADY_EXISTS, message);
    }

    /** @param cause the failure that revealed it, e.g. the target's HTTP error */
    public AccountAlreadyExistsException(String message, Throwable cause) {
        super(StandardErrorCode.ACCOUNT_ALREADY_EXISTS, message, cause);
    }
}
