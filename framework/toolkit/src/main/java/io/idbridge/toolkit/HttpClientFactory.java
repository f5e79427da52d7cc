package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Builds the one {@link OkHttpClient} a connector shares between all its calls and threads (OkHttp pools connections
 * and threads per client, so a client per request would leak both).
 */
public final class HttpClientFactory {
    /** Idle connections kept per client: more than any target's in-flight pacing, so each request reuses one. */
    static final int IDLE_CONNECTIONS = 64;

    private HttpClientFactory() {
    }

    /**
     * Creates a client with the given timeouts and application interceptors, applied in list order: put a
     * {@link RequestRateLimiter} before the {@link HttpErrorClassifier} so that every attempt is paced.
     * Redirects are not followed across protocols, and cookies are never stored.
     *
     * @param settings never null
     * @param interceptors never null, may be empty
     */
    public static OkHttpClient create(HttpClientSettings settings, List<? extends Interceptor> interceptors) {
        requireNonNull(settings, "settings is null");
        requireNonNull(interceptors, "interceptors is null");
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                // OkHttp keeps 5 idle connections by default: with more actions in flight, every request past the
                // fifth opened (and TLS-handshook) a new connection, and closed it again when it went back
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followSslRedirects(false)
                // retries are the engine's decision (by error type), never a silent transport resend of a POST
                .retryOnConnectionFailure(false);
        interceptors.forEach(builder::addInterceptor);
        return builder.build();
    }

    /** Releases the client's threads and pooled connections; never throws. */
    public static void close(OkHttpClient client) {
        requireNonNull(client, "client is null");
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
