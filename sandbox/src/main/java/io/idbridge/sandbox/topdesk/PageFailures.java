package io.idbridge.sandbox.topdesk;

import java.util.HashMap;
import java.util.Map;

/**
 * Pages of the persons list that fail on purpose, so a test can show what a failed import page does. Counts pages
 * from 1 ({@code start / page_size + 1}, or {@code pageStart / pageSize + 1} in the v2 collection). Thread-safe.
 */
final class PageFailures {
    private final Map<Integer, Integer> remaining = new HashMap<>();

    synchronized void fail(int pageNumber, int times) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pages count from 1, was " + pageNumber);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times is negative: " + times);
        }
        remaining.put(pageNumber, times);
    }

    /** Whether this request for the page fails; counts the failure down. */
    synchronized boolean strikes(int pageNumber) {
        int left = remaining.getOrDefault(pageNumber, 0);
        if (left == 0) {
            return false;
        }
        remaining.put(pageNumber, left == Integer.MAX_VALUE ? left : left - 1);
        return true;
    }

    synchronized void clear() {
        remaining.clear();
    }
}
