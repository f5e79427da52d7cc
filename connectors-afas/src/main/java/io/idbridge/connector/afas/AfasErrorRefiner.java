package io.idbridge.connector.afas;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.toolkit.ErrorRefiner;
import io.idbridge.toolkit.HttpFailure;
import io.idbridge.toolkit.Json;
import java.io.IOException;

/**
 * Adds AFAS's error body {@code {errorNumber, externalMessage, profitLogReference}} (systems.md §3.1) to the standard
 * classification. AFAS answers business refusals (a field set to its current value, an unknown employee) with HTTP
 * 500 and such a body: that is {@link AfasErrorCode#AFAS_REQUEST_REJECTED}, not a passing failure, so it is not
 * retried. A 500 without the body, and 503 (maintenance), stay transient. The log reference lets an AFAS consultant
 * find the request in Profit's log.
 */
final class AfasErrorRefiner implements ErrorRefiner {
    private static final int MAX_MESSAGE = 400;

    @Override
    public ConnectorException refine(HttpFailure failure, ConnectorException standard) {
        JsonNode body = parse(failure.body());
        String external = body == null ? null : Json.text(body, "externalMessage");
        if (external == null || external.isBlank()) {
            return standard;
        }
        String shown = external.trim();
        shown = shown.length() > MAX_MESSAGE ? shown.substring(0, MAX_MESSAGE) + "…" : shown;
        String reference = Json.text(body, "profitLogReference");
        String message = standard.getMessage() + ": " + shown
                + (reference == null || reference.isBlank() ? "" : " (profitLogReference " + reference + ")");
        if (failure.status() == 500) {
            return new ConnectorException(AfasErrorCode.AFAS_REQUEST_REJECTED, message);
        }
        return new ConnectorException(standard.errorCode(), message, standard.retryAfter().orElse(null), null);
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            // an HTML page from a proxy or IIS: the standard message already names the request and the status
            return null;
        }
    }
}
