package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.ConnectorException;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Runs one request on a client built with an {@link HttpErrorClassifier}, so every failure is classified. */
public final class HttpRequests {
    private HttpRequests() {
    }

    /**
     * Executes the request and returns the response body as UTF-8 text.
     *
     * @return the body; empty when the response has none
     * @throws ConnectorException classified by the client's {@link HttpErrorClassifier}; I/O failures outside the
     *     interceptors (such as the call timeout) are classified here the same way
     */
    public static String execute(OkHttpClient client, Request request) {
        requireNonNull(client, "client is null");
        requireNonNull(request, "request is null");
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return body.string();
        } catch (IOException failure) {
            throw HttpErrorClassifier.transportFailure(request, failure);
        }
    }
}
