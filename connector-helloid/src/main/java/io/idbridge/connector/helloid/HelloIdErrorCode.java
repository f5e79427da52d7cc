package io.idbridge.connector.helloid;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the HelloID connector, in the range 1000–1999. */
public final class HelloIdErrorCode {
    /** HelloID answered with the message "User not found" (systems.md §2.5), whatever the status. */
    public static final ErrorCode HELLOID_USER_NOT_FOUND =
            new ErrorCode("HELLOID_USER_NOT_FOUND", 1000, ErrorType.NOT_FOUND);
    /** A group addressed by its groupGuid does not exist. */
    public static final ErrorCode HELLOID_GROUP_NOT_FOUND =
            new ErrorCode("HELLOID_GROUP_NOT_FOUND", 1001, ErrorType.NOT_FOUND);
    /** HelloID refused the request with a message of its own (validation, business rule). */
    public static final ErrorCode HELLOID_REQUEST_REJECTED =
            new ErrorCode("HELLOID_REQUEST_REJECTED", 1002, ErrorType.EXTERNAL);
    /** A response lacks a field the connector needs, such as {@code userGUID} or {@code groupGuid}. */
    public static final ErrorCode HELLOID_INCOMPLETE_RESPONSE =
            new ErrorCode("HELLOID_INCOMPLETE_RESPONSE", 1003, ErrorType.EXTERNAL);
    /** The account field cannot be used for this lookup. */
    public static final ErrorCode HELLOID_UNSUPPORTED_FIELD =
            new ErrorCode("HELLOID_UNSUPPORTED_FIELD", 1004, ErrorType.CONFIGURATION);
    /** The permission type is not {@code group} or {@code product}, or not allowed for this operation. */
    public static final ErrorCode HELLOID_UNSUPPORTED_PERMISSION_TYPE =
            new ErrorCode("HELLOID_UNSUPPORTED_PERMISSION_TYPE", 1005, ErrorType.UNSUPPORTED);

    private HelloIdErrorCode() {
    }
}
