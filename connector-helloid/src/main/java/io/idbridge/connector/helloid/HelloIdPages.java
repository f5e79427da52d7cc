package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy {@code take}/{@code skip} paging as the reference connector does it (systems.md §2.2): skip starts at 0 and
 * grows by the number of items received, and the last page is the first one shorter than {@code take}. Unlike the
 * reference import of deleted users, the stop test uses the size of each page, never a cumulative count.
 */
final class HelloIdPages implements Iterator<JsonNode> {
    private final int take;
    private final BiFunction<Integer, Integer, JsonNode> fetchPage;
    private Iterator<JsonNode> page = Collections.emptyIterator();
    private int skip;
    private boolean lastPageSeen;

    /** @param fetchPage returns the items (a JSON array) for (take, skip) */
    private HelloIdPages(int take, BiFunction<Integer, Integer, JsonNode> fetchPage) {
        this.take = take;
        this.fetchPage = requireNonNull(fetchPage, "fetchPage is null");
    }

    static Stream<JsonNode> stream(int take, BiFunction<Integer, Integer, JsonNode> fetchPage) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new HelloIdPages(take, fetchPage),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !lastPageSeen) {
            JsonNode items = fetchPage.apply(take, skip);
            skip += items.size();
            lastPageSeen = items.size() < take;
            page = items.iterator();
        }
        return page.hasNext();
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
