package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads one CSV file into rows, or fails with a {@link ConnectorException} naming the file and line. The file's text
 * is read whole (the engine needs the full export anyway, and it lets every row carry its exact starting line even
 * when quoted fields span several lines); its rows can be parsed as they are used.
 */
final class CsvFileReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Character configuredDelimiter;
    private final Charset encoding;

    /** @param configuredDelimiter null to detect the delimiter from each file's header line */
    CsvFileReader(Character configuredDelimiter, Charset encoding) {
        this.configuredDelimiter = configuredDelimiter;
        this.encoding = requireNonNull(encoding, "encoding is null");
    }

    /**
     * Reads every data row of {@code file}.
     *
     * @param requiredColumns columns the header must contain
     * @throws ConnectorException with a {@link CsvErrorCode} when the file is missing, unreadable or malformed
     */
    List<CsvRow> read(Path file, List<String> requiredColumns) {
        try (Stream<CsvRow> rows = stream(file, requiredColumns, new SharedValues())) {
            return rows.toList();
        }
    }

    /**
     * The data rows of {@code file}, each parsed when the stream reaches it. The file is read, and its header checked,
     * at once; a malformed row fails the stream when it is reached.
     *
     * @throws ConnectorException as {@link #read} does
     */
    Stream<CsvRow> stream(Path file, List<String> requiredColumns) {
        return stream(file, requiredColumns, null);
    }

    /** @param shared null when the rows are used one by one and let go of */
    private Stream<CsvRow> stream(Path file, List<String> requiredColumns, SharedValues shared) {
        String name = file.toString();
        String text = decode(name, readBytes(file));
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ConnectorException(CsvErrorCode.CSV_EMPTY_FILE, name + " is empty: it has no header line");
        }
        char delimiter = configuredDelimiter != null ? configuredDelimiter : CsvDelimiters.detect(text);
        CsvText records = new CsvText(text, delimiter);
        List<String> header = header(name, records);
        checkHeader(name, header, requiredColumns);
        Iterator<CsvRow> rows = rows(name, records, CsvRow.Header.of(header), shared);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private static List<String> header(String name, CsvText records) {
        String[] names;
        try {
            names = records.next(16);
        } catch (CsvText.Malformed e) {
            throw new ConnectorException(CsvErrorCode.CSV_MALFORMED, name + " line " + e.line()
                    + ": the header line is not valid CSV: " + e.getMessage(), e);
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < names.length; index++) {
            if (names[index].isEmpty()) {
                throw new ConnectorException(CsvErrorCode.CSV_INVALID_HEADER, name + " line " + records.recordLine()
                        + ": column " + (index + 1) + " of the header has no name");
            }
            if (!seen.add(names[index])) {
                throw new ConnectorException(CsvErrorCode.CSV_INVALID_HEADER, name + " line " + records.recordLine()
                        + ": the header names column '" + names[index] + "' twice");
            }
        }
        return List.of(names);
    }

    private static void checkHeader(String name, List<String> header, List<String> requiredColumns) {
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new ConnectorException(CsvErrorCode.CSV_INVALID_HEADER, name + " line 1: column '" + column
                        + "' is missing; the header has " + header);
            }
        }
    }

    private static Iterator<CsvRow> rows(String name, CsvText records, CsvRow.Header header, SharedValues shared) {
        int columns = header.names().size();
        return new Iterator<>() {
            private String[] next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = records.next(columns);
                    } catch (CsvText.Malformed e) {
                        throw new ConnectorException(CsvErrorCode.CSV_MALFORMED, name + " line " + e.line() + ": "
                                + e.getMessage(), e);
                    }
                }
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String[] values = next;
                next = null;
                if (values.length != columns) {
                    throw new ConnectorException(CsvErrorCode.CSV_FIELD_COUNT_MISMATCH, name + " line "
                            + records.recordLine() + ": " + values.length + " fields, but the header has " + columns);
                }
                if (shared != null) {
                    shared.share(values);
                }
                return new CsvRow(name, records.recordLine(), header, values);
            }
        };
    }

    /**
     * Keeps one copy of each value that repeats in a column of rows that are held together (a contracts file: its
     * departments, types, titles and locations): 300,000 persons' contracts held 6.8 million strings while the persons
     * were read, most of them equal, and the collector copied every one. Which columns repeat is judged on the first
     * rows; the others (ids, dates) are not looked up at all, as a look-up costs more than such a value saves.
     */
    private static final class SharedValues {
        private static final int TRIAL_ROWS = 1024;
        /** A column is shared when its trial rows hold at most this many distinct values (4 rows a value). */
        private static final int MOST_DISTINCT = TRIAL_ROWS / 4;

        private Map<String, String>[] columns;
        private int rows;

        /** Replaces values by equal ones seen before in the same column. */
        @SuppressWarnings("unchecked")
        void share(String[] values) {
            if (columns == null) {
                columns = new Map[values.length];
                Arrays.setAll(columns, index -> new HashMap<>());
            }
            if (++rows == TRIAL_ROWS) {
                for (int index = 0; index < columns.length; index++) {
                    if (columns[index].size() > MOST_DISTINCT) {
                        columns[index] = null;
                    }
                }
            }
            for (int index = 0; index < values.length; index++) {
                if (columns[index] != null) {
                    String kept = columns[index].putIfAbsent(values[index], values[index]);
                    if (kept != null) {
                        values[index] = kept;
                    }
                }
            }
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConnectorException(CsvErrorCode.CSV_FILE_NOT_FOUND, file + " does not exist (resolved to "
                    + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new ConnectorException(CsvErrorCode.CSV_FILE_UNREADABLE, file + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    private String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            int line = 1 + countNewlines(bytes, input.position());
            throw new ConnectorException(CsvErrorCode.CSV_INVALID_ENCODING, name + " line " + line
                    + ": bytes that are not valid " + encoding.name() + " at byte " + input.position(),
                    codingFailure(result));
        }
        output.flip();
        return output.toString();
    }

    private static CharacterCodingException codingFailure(CoderResult result) {
        try {
            result.throwException();
            throw new IllegalStateException("coder result " + result + " is not an error");
        } catch (CharacterCodingException e) {
            return e;
        }
    }

    private static int countNewlines(byte[] bytes, int end) {
        int count = 0;
        for (int index = 0; index < end; index++) {
            if (bytes[index] == '\n') {
                count++;
            }
        }
        return count;
    }
}
