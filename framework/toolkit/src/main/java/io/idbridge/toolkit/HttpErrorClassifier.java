package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.ConnectionFailedException;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OkHttp application interceptor that turns every failed exchange into a classified {@link ConnectorException}
 * (style.md §5): 401 authentication, 403 permission, 404 not found, 409 conflict, 429 rate limited with
 * {@code Retry-After}, 5xx and I/O errors transient, any other status of 300 and above external. Successful responses
 * pass through untouched. Messages name the method and path only, never headers, query or credentials.
 *
 * <p>Thread-safe; install one instance per client, after any {@link RequestRateLimiter}.
 */
public final class HttpErrorClassifier implements Interceptor {
    /** The most of an error body read for the refiner; error bodies are small, and a huge one is not worth holding. */
    public static final long MAX_ERROR_BODY = 64 * 1024;

    private final ErrorRefiner refiner;
    private final Clock clock;

    public HttpErrorClassifier(ErrorRefiner refiner, Clock clock) {
        this.refiner = requireNonNull(refiner, "refiner is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public HttpErrorClassifier(ErrorRefiner refiner) {
        this(refiner, Clock.systemUTC());
    }

    @Override
    public Response intercept(Chain chain) {
        Request request = chain.request();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException failure) {
            throw transportFailure(request, failure);
        }
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            HttpFailure failure = new HttpFailure(request.method(), request.url().encodedPath(), response.code(),
                    response.peekBody(MAX_ERROR_BODY).string(),
                    RetryAfter.parse(response.header("Retry-After"), clock).orElse(null));
            throw requireNonNull(refiner.refine(failure, classify(failure)), "refiner returned null");
        } catch (IOException unreadableBody) {
            throw transportFailure(request, unreadableBody);
        }
    }

    /** The standard classification of a failed response, without refinement. */
    public static ConnectorException classify(HttpFailure failure) {
        int status = failure.status();
        String message = failure.request() + " failed with HTTP " + status;
        return switch (status) {
            case 401 -> new ConnectorException(StandardErrorCode.AUTHENTICATION_FAILED, message);
            case 403 -> new ConnectorException(StandardErrorCode.PERMISSION_DENIED, message);
            case 404 -> new ConnectorException(StandardErrorCode.NOT_FOUND, message);
            case 409 -> new ConnectorException(StandardErrorCode.CONFLICT, message);
            case 429 -> new ConnectorException(StandardErrorCode.RATE_LIMITED, message, failure.retryAfter(), null);
            default -> status >= 500
                    ? new ConnectorException(StandardErrorCode.SERVICE_UNAVAILABLE, message, failure.retryAfter(), null)
                    : new ConnectorException(StandardErrorCode.REJECTED_BY_TARGET, message);
        };
    }

    /** The transient exception for an I/O failure of {@code request}: a timeout or a connection failure. */
    public static ConnectorException transportFailure(Request request, IOException failure) {
        String message = request.method() + " " + request.url().encodedPath() + " failed: "
                + failure.getClass().getSimpleName();
        if (failure instanceof InterruptedIOException) {
            return new ConnectorException(StandardErrorCode.TIMEOUT, message + " (timed out)", (Duration) null, failure);
        }
        return new ConnectionFailedException(message, failure);
    }
}
