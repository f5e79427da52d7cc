package io.idbridge.connector.csv;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;

/** Error codes of the CSV source connector (range 2000–2999); every message names the file and, if known, the line. */
public enum CsvErrorCode implements ErrorCode {
    /** A configured file does not exist (yet); the export may not have arrived. */
    CSV_FILE_NOT_FOUND(2001, ErrorType.NOT_FOUND),
    /** The file exists but could not be read (permissions, I/O error). */
    CSV_FILE_UNREADABLE(2002, ErrorType.TRANSIENT),
    /** The file's bytes are not valid in the configured encoding. */
    CSV_INVALID_ENCODING(2003, ErrorType.EXTERNAL),
    /** The file has no header line at all. */
    CSV_EMPTY_FILE(2004, ErrorType.EXTERNAL),
    /** The header line lacks a column the configuration needs, or names a column twice. */
    CSV_INVALID_HEADER(2005, ErrorType.EXTERNAL),
    /** The CSV syntax is broken, e.g. a quoted field that is never closed. */
    CSV_MALFORMED(2006, ErrorType.EXTERNAL),
    /** A row has a different number of fields than the header. */
    CSV_FIELD_COUNT_MISMATCH(2007, ErrorType.EXTERNAL),
    /** A departments row has no code: a department cannot be identified without one. */
    CSV_MISSING_DEPARTMENT_CODE(2008, ErrorType.EXTERNAL);

    private final int code;
    private final ErrorType type;

    CsvErrorCode(int code, ErrorType type) {
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
