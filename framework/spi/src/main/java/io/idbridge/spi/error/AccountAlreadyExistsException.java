package io.idbridge.spi.error;

/** A create was refused because an account with the same unique value already exists. */
public class AccountAlreadyExistsException extends ConnectorException {
    public AccountAlreadyExistsException(String message) {
        super(StandardErrorCode.ACCOUNT_ALREADY_EXISTS, message);
    }
}
