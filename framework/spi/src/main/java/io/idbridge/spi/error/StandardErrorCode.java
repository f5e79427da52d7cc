package io.idbridge.spi.error;

/** Error codes any connector or the engine may use. */
public enum StandardErrorCode implements ErrorCode {
    INVALID_CONFIGURATION(1, ErrorType.CONFIGURATION),
    AUTHENTICATION_FAILED(2, ErrorType.AUTHENTICATION),
    PERMISSION_DENIED(3, ErrorType.PERMISSION),
    NOT_FOUND(4, ErrorType.NOT_FOUND),
    ACCOUNT_NOT_FOUND(5, ErrorType.NOT_FOUND),
    ACCOUNT_ALREADY_EXISTS(6, ErrorType.CONFLICT),
    MULTIPLE_ACCOUNTS_MATCH(7, ErrorType.CONFLICT),
    CONFLICT(8, ErrorType.CONFLICT),
    RATE_LIMITED(9, ErrorType.RATE_LIMITED),
    CONNECTION_FAILED(10, ErrorType.TRANSIENT),
    SERVICE_UNAVAILABLE(11, ErrorType.TRANSIENT),
    TIMEOUT(12, ErrorType.TRANSIENT),
    REJECTED_BY_TARGET(13, ErrorType.EXTERNAL),
    MALFORMED_RESPONSE(14, ErrorType.EXTERNAL),
    UNSUPPORTED_OPERATION(15, ErrorType.UNSUPPORTED),
    INTERNAL_ERROR(16, ErrorType.INTERNAL);

    private final int code;
    private final ErrorType type;

    StandardErrorCode(int code, ErrorType type) {
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
