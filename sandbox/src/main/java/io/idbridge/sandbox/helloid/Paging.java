package io.idbridge.sandbox.helloid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.idbridge.sandbox.SimulatorResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code take}/{@code skip} paging (systems.md §2.2): {@code take} defaults to 100, {@code skip} to 0. A page is a bare
 * JSON array, or {@code {"data": [...]}} while the data-wrapper switch is on (the connector must accept both).
 */
final class Paging {
    static final int DEFAULT_TAKE = 100;

    private final BooleanSupplier wrapInData;

    Paging(BooleanSupplier wrapInData) {
        this.wrapInData = wrapInData;
    }

    SimulatorResponse page(List<? extends JsonNode> items, Map<String, String> query) {
        int take = number(query, "take", DEFAULT_TAKE);
        int skip = number(query, "skip", 0);
        ArrayNode page = HelloIdJson.array();
        items.stream().skip(skip).limit(take).forEach(page::add);
        JsonNode body = wrapInData.getAsBoolean() ? HelloIdJson.object().set("data", page) : page;
        return SimulatorResponse.json(200, HelloIdJson.write(body));
    }

    /** An optional boolean filter such as {@code enabled}; null when absent. */
    static Boolean filter(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw HelloIdApiException.badRequest("The query parameter " + name + " must be true or false");
    }

    private static int number(Map<String, String> query, String name, int absent) {
        String value = query.get(name);
        if (value == null) {
            return absent;
        }
        // At most nine digits: always a valid, non-negative int.
        if (!value.matches("[0-9]{1,9}")) {
            throw HelloIdApiException.badRequest("The query parameter " + name + " must be a non-negative integer");
        }
        return Integer.parseInt(value);
    }
}
