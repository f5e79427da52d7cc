package io.idbridge.connector.helloid;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the HelloID connector, in the range 1000–1999. */
public enum HelloIdErrorCode implements ErrorCode {
    /** HelloID answered with the message "User not found" (systems.md §2.5), whatever the status. */
    HELLOID_USER_NOT_FOUND(1000, ErrorType.NOT_FOUND),
    /** A group addressed by its groupGuid does not exist. */
    HELLOID_GROUP_NOT_FOUND(1001, ErrorType.NOT_FOUND),
    /** HelloID refused the request with a message of its own (validation, business rule). */
    HELLOID_REQUEST_REJECTED(1002, ErrorType.EXTERNAL),
    /** A response lacks a field the connector needs, such as {@code userGUID} or {@code groupGuid}. */
    HELLOID_INCOMPLETE_RESPONSE(1003, ErrorType.EXTERNAL),
    /** The account field cannot be used for this lookup. */
    HELLOID_UNSUPPORTED_FIELD(1004, ErrorType.CONFIGURATION),
    /** The permission type is not {@code group} or {@code product}, or not allowed for this operation. */
    HELLOID_UNSUPPORTED_PERMISSION_TYPE(1005, ErrorType.UNSUPPORTED);

    private final int code;
    private final ErrorType type;

    HelloIdErrorCode(int code, ErrorType type) {
        this.code = code;
        this.type = type;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public ErrorType type() {
        return type;
    }
}
