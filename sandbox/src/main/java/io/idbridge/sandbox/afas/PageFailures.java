package io.idbridge.sandbox.afas;

import java.util.HashMap;
import java.util.Map;

/**
 * GetConnector pages that fail on purpose, so a test can show what a failed import page does. Pages count from 1
 * ({@code skip / take + 1}). Thread-safe.
 */
final class PageFailures {
    private final Map<String, Integer> remaining = new HashMap<>();

    synchronized void fail(String connector, int pageNumber, int times) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pages count from 1, was " + pageNumber);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times is negative: " + times);
        }
        remaining.put(connector + "#" + pageNumber, times);
    }

    /** Whether this request for the page fails; counts the failure down. */
    synchronized boolean strikes(String connector, int pageNumber) {
        String key = connector + "#" + pageNumber;
        int left = remaining.getOrDefault(key, 0);
        if (left == 0) {
            return false;
        }
        remaining.put(key, left == Integer.MAX_VALUE ? left : left - 1);
        return true;
    }

    synchronized void clear() {
        remaining.clear();
    }
}
