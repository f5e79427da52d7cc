package io.idbridge.sandbox;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as a simulator sees it.
 *
 * @param method upper case, e.g. {@code GET}
 * @param path the raw (still percent-encoded) path, e.g. {@code /api/v1/users/j.doe%40example.com}
 * @param query the raw query string without {@code ?}; empty when there is none
 * @param headers header values by name as the JDK server normalised them (first letter upper case)
 * @param body the body decoded as UTF-8; empty when there is none
 */
public record SimulatorRequest(String method, String path, String query, Map<String, List<String>> headers,
                               String body) {
    public SimulatorRequest {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(query, "query is null");
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(body, "body is null");
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }

    /** The decoded query parameters; a repeated parameter keeps its first value. */
    public Map<String, String> queryParameters() {
        return UrlCoding.queryParameters(query);
    }

    /** The decoded path segments, without empty ones: {@code /api/v1/users/x} gives {@code [api, v1, users, x]}. */
    public List<String> pathSegments() {
        return UrlCoding.pathSegments(path);
    }
}
