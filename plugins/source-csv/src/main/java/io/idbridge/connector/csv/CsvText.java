package io.idbridge.connector.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV file's whole text into records (RFC 4180): fields separated by one delimiter character, records by
 * {@code \n}, {@code \r\n} or {@code \r}; a field in double quotes may hold delimiters, line breaks and doubled quotes.
 * Every value is trimmed, quoted ones too, and empty lines are skipped. It walks the text once, keeping the line each
 * record starts on, where a general-purpose parser reading it as a character stream took twice as long.
 */
final class CsvText {
    private static final char QUOTE = '"';

    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;
    private int recordLine;

    CsvText(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /**
     * The next record's values, or null after the last record.
     *
     * @throws Malformed when a quoted field is not closed, or is followed by more than spaces before the delimiter
     */
    String[] next(int expectedFields) {
        while (position < text.length() && isLineBreak(text.charAt(position))) {
            skipLineBreak();
        }
        if (position >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> values = new ArrayList<>(expectedFields);
        while (true) {
            values.add(position < text.length() && text.charAt(position) == QUOTE ? quoted() : plain());
            if (position >= text.length()) {
                break;
            }
            if (text.charAt(position) == delimiter) {
                position++;
            } else {
                skipLineBreak();
                break;
            }
        }
        return values.toArray(new String[0]);
    }

    /** The line the record {@link #next} returned last starts on, 1-based. */
    int recordLine() {
        return recordLine;
    }

    private String plain() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == delimiter || isLineBreak(c)) {
                break;
            }
            position++;
        }
        return text.substring(start, position).trim();
    }

    private String quoted() {
        int fieldLine = line;
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw new Malformed(recordLine, "a quoted field opened on line " + fieldLine
                        + " is not closed before the end of the file");
            }
            char c = text.charAt(position);
            if (c == QUOTE) {
                if (position + 1 < text.length() && text.charAt(position + 1) == QUOTE) {
                    value.append(QUOTE);
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                line++;
            }
            value.append(c);
            position++;
        }
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == delimiter || isLineBreak(c)) {
                break;
            }
            if (!Character.isWhitespace(c)) {
                throw new Malformed(line, "'" + c + "' after the closing quote of a field; a quote inside a quoted"
                        + " field is written twice (\"\")");
            }
            position++;
        }
        return value.toString().trim();
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Text that is not valid CSV, on the given line. */
    static final class Malformed extends RuntimeException {
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
