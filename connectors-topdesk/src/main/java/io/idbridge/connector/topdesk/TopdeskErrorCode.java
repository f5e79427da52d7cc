package io.idbridge.connector.topdesk;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the TOPdesk connectors, in the range 4000–4999. */
public final class TopdeskErrorCode {
    /**
     * A branch, department, budget holder or archiving reason named in the data or the configuration does not exist
     * in TOPdesk (or is hidden from the API user by its filters), and the connector may not create it.
     */
    public static final ErrorCode TOPDESK_LOOKUP_NOT_FOUND =
            new ErrorCode("TOPDESK_LOOKUP_NOT_FOUND", 4000, ErrorType.CONFIGURATION);
    /** Correlation found more than one person with the value; which one is meant is for a person to decide. */
    public static final ErrorCode TOPDESK_DUPLICATE_PERSONS =
            new ErrorCode("TOPDESK_DUPLICATE_PERSONS", 4001, ErrorType.CONFLICT);
    /** A correlation value holds both quote characters, which a FIQL value cannot carry. */
    public static final ErrorCode TOPDESK_UNQUERYABLE_VALUE =
            new ErrorCode("TOPDESK_UNQUERYABLE_VALUE", 4002, ErrorType.CONFIGURATION);
    /** The data leaves a field empty that TOPdesk or the configuration requires (the branch, a required department). */
    public static final ErrorCode TOPDESK_REQUIRED_FIELD_EMPTY =
            new ErrorCode("TOPDESK_REQUIRED_FIELD_EMPTY", 4003, ErrorType.CONFIGURATION);

    private TopdeskErrorCode() {
    }
}
