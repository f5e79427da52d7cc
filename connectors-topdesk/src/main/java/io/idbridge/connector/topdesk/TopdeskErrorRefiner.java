package io.idbridge.connector.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.toolkit.ErrorRefiner;
import io.idbridge.toolkit.HttpFailure;
import io.idbridge.toolkit.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds TOPdesk's error messages, {@code [{"message": "..."}]} (or a single such object), to the standard
 * classification, so "No branch found with id ..." or "The field 'branch' is mandatory" reaches the run report. The
 * type stays the standard one: a 400 is a refusal, a 5xx passing.
 */
final class TopdeskErrorRefiner implements ErrorRefiner {
    private static final int MAX_MESSAGE = 400;

    @Override
    public ConnectorException refine(HttpFailure failure, ConnectorException standard) {
        List<String> messages = messages(failure.body());
        if (messages.isEmpty()) {
            return standard;
        }
        String shown = String.join("; ", messages);
        shown = shown.length() > MAX_MESSAGE ? shown.substring(0, MAX_MESSAGE) + "…" : shown;
        return new ConnectorException(standard.errorCode(), standard.getMessage() + ": " + shown,
                standard.retryAfter().orElse(null), null);
    }

    private static List<String> messages(String body) {
        List<String> messages = new ArrayList<>();
        if (body.isBlank()) {
            return messages;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException notJson) {
            // an HTML page from a proxy or the login screen: the standard message already names request and status
            return messages;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String message = item.isObject() ? Json.text(item, "message") : null;
            if (message != null && !message.isBlank()) {
                messages.add(message.trim());
            }
        }
        return messages;
    }
}
