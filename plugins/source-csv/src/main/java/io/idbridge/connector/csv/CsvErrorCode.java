package io.idbridge.connector.csv;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the CSV source connector (range 2000–2999); every message names the file and, if known, the line. */
public final class CsvErrorCode {
    /** A configured file does not exist (yet); the export may not have arrived. */
    public static final ErrorCode CSV_FILE_NOT_FOUND = new ErrorCode("CSV_FILE_NOT_FOUND", 2001, ErrorType.NOT_FOUND);
    /** The file exists but could not be read (permissions, I/O error). */
    public static final ErrorCode CSV_FILE_UNREADABLE = new ErrorCode("CSV_FILE_UNREADABLE", 2002, ErrorType.TRANSIENT);
    /** The file's bytes are not valid in the configured encoding. */
    public static final ErrorCode CSV_INVALID_ENCODING =
            new ErrorCode("CSV_INVALID_ENCODING", 2003, ErrorType.EXTERNAL);
    /** The file has no header line at all. */
    public static final ErrorCode CSV_EMPTY_FILE = new ErrorCode("CSV_EMPTY_FILE", 2004, ErrorType.EXTERNAL);
    /** The header line lacks a column the configuration needs, or names a column twice. */
    public static final ErrorCode CSV_INVALID_HEADER = new ErrorCode("CSV_INVALID_HEADER", 2005, ErrorType.EXTERNAL);
    /** The CSV syntax is broken, e.g. a quoted field that is never closed. */
    public static final ErrorCode CSV_MALFORMED = new ErrorCode("CSV_MALFORMED", 2006, ErrorType.EXTERNAL);
    /** A row has a different number of fields than the header. */
    public static final ErrorCode CSV_FIELD_COUNT_MISMATCH =
            new ErrorCode("CSV_FIELD_COUNT_MISMATCH", 2007, ErrorType.EXTERNAL);
    /** A departments row has no code: a department cannot be identified without one. */
    public static final ErrorCode CSV_MISSING_DEPARTMENT_CODE =
            new ErrorCode("CSV_MISSING_DEPARTMENT_CODE", 2008, ErrorType.EXTERNAL);

    private CsvErrorCode() {
    }
}
