package io.idbridge.connector.afas;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the AFAS connectors, in the range 3000–3999. */
public final class AfasErrorCode {
    /** AFAS refused an UpdateConnector or GetConnector request with an error body of its own (HTTP 500). */
    public static final ErrorCode AFAS_REQUEST_REJECTED =
            new ErrorCode("AFAS_REQUEST_REJECTED", 3000, ErrorType.EXTERNAL);
    /** The write-back looked for an employee the GetConnector does not give; it never creates employees. */
    public static final ErrorCode AFAS_EMPLOYEE_NOT_FOUND =
            new ErrorCode("AFAS_EMPLOYEE_NOT_FOUND", 3001, ErrorType.NOT_FOUND);
    /** The employee has no AFAS user and {@code create-user} is off, or the data lacks what a new user needs. */
    public static final ErrorCode AFAS_USER_NOT_CREATED =
            new ErrorCode("AFAS_USER_NOT_CREATED", 3002, ErrorType.CONFIGURATION);
    /** The mapped data sets a field the connector cannot write (e.g. renaming the user id). */
    public static final ErrorCode AFAS_FIELD_NOT_WRITABLE =
            new ErrorCode("AFAS_FIELD_NOT_WRITABLE", 3003, ErrorType.CONFIGURATION);
    /** A GetConnector response is not the {@code {skip, take, rows}} object AFAS sends. */
    public static final ErrorCode AFAS_MALFORMED_PAGE =
            new ErrorCode("AFAS_MALFORMED_PAGE", 3004, ErrorType.EXTERNAL);

    private AfasErrorCode() {
    }
}
