package io.idbridge.sandbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request a simulator received, as kept in its {@link RequestLog}. The value of the {@code Authorization}
 * header is masked (only its scheme is kept), so a log can be printed safely.
 *
 * @param time when the request arrived
 * @param method upper case
 * @param path the raw path as sent
 * @param query the raw query string without {@code ?}; empty when there is none
 * @param headers the request headers, {@code Authorization} masked
 * @param body the request body decoded as UTF-8; empty when there is none
 * @param status the status answered (including injected 429 and 503)
 * @param duration how long the simulator took to answer, injected latency included
 */
public record RecordedRequest(Instant time, String method, String path, String query,
                              Map<String, List<String>> headers, String body, int status, Duration duration) {
    private static final Set<String> MUTATING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    public RecordedRequest {
        requireNonNull(time, "time is null");
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(query, "query is null");
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(body, "body is null");
        requireNonNull(duration, "duration is null");
    }

    /** The path with the query, as it appeared in the request line. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** Whether the method can change state (POST, PUT, PATCH, DELETE). */
    public boolean mutating() {
        return MUTATING_METHODS.contains(method);
    }

    @Override
    public String toString() {
        return method + " " + target() + " -> " + status;
    }
}
