package io.idbridge.spi.error;

/** Error codes any connector or the engine may use. */
public final class StandardErrorCode {
    public static final ErrorCode INVALID_CONFIGURATION =
            new ErrorCode("INVALID_CONFIGURATION", 1, ErrorType.CONFIGURATION);
    public static final ErrorCode AUTHENTICATION_FAILED =
            new ErrorCode("AUTHENTICATION_FAILED", 2, ErrorType.AUTHENTICATION);
    public static final ErrorCode PERMISSION_DENIED = new ErrorCode("PERMISSION_DENIED", 3, ErrorType.PERMISSION);
    public static final ErrorCode NOT_FOUND = new ErrorCode("NOT_FOUND", 4, ErrorType.NOT_FOUND);
    public static final ErrorCode ACCOUNT_NOT_FOUND = new ErrorCode("ACCOUNT_NOT_FOUND", 5, ErrorType.NOT_FOUND);
    public static final ErrorCode ACCOUNT_ALREADY_EXISTS =
            new ErrorCode("ACCOUNT_ALREADY_EXISTS", 6, ErrorType.CONFLICT);
    public static final ErrorCode MULTIPLE_ACCOUNTS_MATCH =
            new ErrorCode("MULTIPLE_ACCOUNTS_MATCH", 7, ErrorType.CONFLICT);
    public static final ErrorCode CONFLICT = new ErrorCode("CONFLICT", 8, ErrorType.CONFLICT);
    public static final ErrorCode RATE_LIMITED = new ErrorCode("RATE_LIMITED", 9, ErrorType.RATE_LIMITED);
    public static final ErrorCode CONNECTION_FAILED = new ErrorCode("CONNECTION_FAILED", 10, ErrorType.TRANSIENT);
    public static final ErrorCode SERVICE_UNAVAILABLE = new ErrorCode("SERVICE_UNAVAILABLE", 11, ErrorType.TRANSIENT);
    public static final ErrorCode TIMEOUT = new ErrorCode("TIMEOUT", 12, ErrorType.TRANSIENT);
    public static final ErrorCode REJECTED_BY_TARGET = new ErrorCode("REJECTED_BY_TARGET", 13, ErrorType.EXTERNAL);
    public static final ErrorCode MALFORMED_RESPONSE = new ErrorCode("MALFORMED_RESPONSE", 14, ErrorType.EXTERNAL);
    public static final ErrorCode UNSUPPORTED_OPERATION =
            new ErrorCode("UNSUPPORTED_OPERATION", 15, ErrorType.UNSUPPORTED);
    public static final ErrorCode INTERNAL_ERROR = new ErrorCode("INTERNAL_ERROR", 16, ErrorType.INTERNAL);

    private StandardErrorCode() {
    }
}
