package io.idbridge.connector.csv;

/**
 * Maps character positions of a text to their 1-based line numbers, counting {@code \n} line breaks. Positions are
 * asked for in increasing order (the rows of a file, one after another), so it counts the breaks between one position
 * and the next instead of indexing the whole text.
 */
final class LineIndex {
    private final String text;
    private int counted;
    private int line = 1;

    LineIndex(String text) {
        this.text = text;
    }

    /**
     * The line of the first character at or after {@code position} that is not a line break: the parser reports
     * a record as starting right after the previous one, before any empty lines it skipped.
     *
     * @throws IllegalArgumentException when {@code position} is before an earlier one asked for
     */
    int lineOf(long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        if (at < counted) {
            throw new IllegalArgumentException("position " + position + " comes before " + counted);
        }
        for (; counted < at; counted++) {
            if (text.charAt(counted) == '\n') {
                line++;
            }
        }
        return line;
    }
}
