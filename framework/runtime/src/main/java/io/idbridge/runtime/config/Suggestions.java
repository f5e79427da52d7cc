package io.idbridge.runtime.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known word to a misspelled one, for "did you mean" hints. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate within a small edit distance of {@code word}, or empty when none is close. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, word.length() / 4);
        for (String candidate : candidates) {
            int distance = distance(word, candidate);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " did you mean x?" or an empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(found -> "; did you mean " + found + "?").orElse("");
    }

    private static int distance(String left, String right) {
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int column = 0; column <= right.length(); column++) {
            previous[column] = column;
        }
        for (int row = 1; row <= left.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= right.length(); column++) {
                int substitution = previous[column - 1] + (left.charAt(row - 1) == right.charAt(column - 1) ? 0 : 1);
                current[column] = Math.min(substitution, Math.min(previous[column] + 1, current[column - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
