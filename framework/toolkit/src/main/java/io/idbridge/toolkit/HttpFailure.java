package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * A non-successful HTTP response as the {@link HttpErrorClassifier} saw it, handed to an {@link ErrorRefiner}.
 *
 * @param method the request method, e.g. {@code GET}
 * @param path the request path without query (the query never carries secrets, but it adds nothing to a message)
 * @param status the HTTP status code
 * @param body the start of the response body as text (at most {@link HttpErrorClassifier#MAX_ERROR_BODY} bytes);
 *     never null, empty when there was none
 * @param retryAfter the parsed {@code Retry-After}, or null
 */
public record HttpFailure(String method, String path, int status, String body, Duration retryAfter) {
    public HttpFailure {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(body, "body is null");
    }

    /** {@code METHOD /path}, the prefix of every message about this request. */
    public String request() {
        return method + " " + path;
    }

    public Optional<Duration> retryAfterDuration() {
        return Optional.ofNullable(retryAfter);
    }
}
