package io.idbridge.connector.helloid;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.toolkit.ErrorRefiner;
import io.idbridge.toolkit.HttpFailure;
import io.idbridge.toolkit.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * Refines the standard HTTP classification with HelloID's error body (systems.md §2.5): the friendly message is the
 * body's {@code resultMsg} or {@code message}, and the message "User not found" means the user does not exist, whatever
 * the status (the reference connector never checks the status; the API probably answers 404).
 */
final class HelloIdErrorRefiner implements ErrorRefiner {
    static final String USER_NOT_FOUND = "User not found";
    private static final int MAX_MESSAGE = 300;

    @Override
    public ConnectorException refine(HttpFailure failure, ConnectorException standard) {
        Optional<String> friendly = friendlyMessage(failure.body());
        if (friendly.isEmpty()) {
            return standard;
        }
        String message = friendly.get();
        if (message.equalsIgnoreCase(USER_NOT_FOUND)) {
            return new ConnectorException(HelloIdErrorCode.HELLOID_USER_NOT_FOUND,
                    failure.request() + ": " + USER_NOT_FOUND);
        }
        String shown = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
        return new ConnectorException(standard.errorCode(), standard.getMessage() + ": " + shown,
                standard.retryAfter().orElse(null), null);
    }

    /** The body's {@code resultMsg} or {@code message}; empty when the body is not a JSON object carrying one. */
    static Optional<String> friendlyMessage(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (IOException notJson) {
            // an HTML error page from a proxy: the standard message already names the request and status
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        for (String field : new String[] {"resultMsg", "message", "ResultMsg", "Message"}) {
            String value = Json.text(node, field);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
