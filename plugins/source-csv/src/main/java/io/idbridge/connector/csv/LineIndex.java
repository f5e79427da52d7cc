package io.idbridge.connector.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Maps a character position of a text to its 1-based line number, counting {@code \n} line breaks. */
final class LineIndex {
    private final String text;
    private final List<Long> lineStarts = new ArrayList<>();

    LineIndex(String text) {
        this.text = text;
        lineStarts.add(0L);
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) == '\n') {
                lineStarts.add(index + 1L);
            }
        }
    }

    /**
     * The line of the first character at or after {@code position} that is not a line break: the parser reports
     * a record as starting right after the previous one, before any empty lines it skipped.
     */
    int lineOf(long position) {
        while (position < text.length() && (text.charAt((int) position) == '\n'
                || text.charAt((int) position) == '\r')) {
            position++;
        }
        int found = Collections.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
