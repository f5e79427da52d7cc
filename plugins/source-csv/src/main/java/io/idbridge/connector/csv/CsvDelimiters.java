package io.idbridge.connector.csv;

/** Detects the field separator from a file's header line. */
final class CsvDelimiters {
    private static final char[] CANDIDATES = {';', ',', '\t'};

    private CsvDelimiters() {
    }

    /**
     * The candidate ({@code ;}, {@code ,} or tab) occurring most often outside quotes in the first line; {@code ,}
     * when none occurs (a one-column file) or on a tie, as RFC 4180 prescribes the comma.
     */
    static char detect(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '"') {
                quoted = !quoted;
            } else if (!quoted && (character == '\n' || character == '\r')) {
                break;
            } else if (!quoted) {
                for (int candidate = 0; candidate < CANDIDATES.length; candidate++) {
                    if (character == CANDIDATES[candidate]) {
                        counts[candidate]++;
                    }
                }
            }
        }
        int best = 1;
        for (int candidate = 0; candidate < CANDIDATES.length; candidate++) {
            if (counts[candidate] > counts[best]) {
                best = candidate;
            }
        }
        return CANDIDATES[best];
    }
}
