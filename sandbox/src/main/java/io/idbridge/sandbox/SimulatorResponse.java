package io.idbridge.sandbox;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a simulator answers.
 *
 * @param status the HTTP status
 * @param headers extra response headers (the server adds {@code Content-Type} for a non-empty body)
 * @param body the JSON body; empty for a response without a body
 */
public record SimulatorResponse(int status, Map<String, String> headers, String body) {
    public SimulatorResponse {
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(body, "body is null");
    }

    public static SimulatorResponse json(int status, String body) {
        return new SimulatorResponse(status, Map.of(), body);
    }

    public static SimulatorResponse empty(int status) {
        return new SimulatorResponse(status, Map.of(), "");
    }

    /** This response with one more header. */
    public SimulatorResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimulatorResponse(status, more, body);
    }
}
