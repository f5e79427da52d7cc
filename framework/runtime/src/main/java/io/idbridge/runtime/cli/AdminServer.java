package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.idbridge.runtime.config.EngineSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's admin HTTP endpoint on the JDK's HTTP server, on loopback unless configured otherwise. {@code /health}
 * (the process answers) and {@code /ready} (it holds a valid configuration and is not stopping; the text says whether it
 * leads or stands by) need no token, so
 * that probes work, and neither do the static files of the web console under {@code /console/}, which hold no data;
 * everything else needs {@code Authorization: Bearer <idbridge.admin.token>}, compared in constant time, and answers
 * 401 without it. {@code /metrics} is the Prometheus text format of {@link DaemonMetrics}; {@code /api/} is the JSON
 * API of {@link AdminApi}, which the console uses.
 */
final class AdminServer implements AutoCloseable {
    static final String TEXT = "text/plain; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param session the daemon's session of the last valid configuration, empty before the first
     * @param requestSync makes the daemon sync now, on its own thread; returns at once
     */
    static AdminServer start(EngineSettings.Admin admin, DaemonMetrics metrics, Supplier<DaemonStatus> status,
                             Supplier<Optional<EngineSession>> session, Runnable requestSync) {
        requireNonNull(admin, "admin is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(status, "status is null");
        byte[] expected = ("Bearer " + admin.token().reveal()).getBytes(StandardCharsets.UTF_8);
        AdminApi api = new AdminApi(status, session, requestSync);
        ConsoleFiles console = ConsoleFiles.load();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(admin.bind(), admin.port()), 0);
            server.createContext("/health", exchange -> answer(exchange, 200, TEXT, "ok\n"));
            server.createContext("/ready", guarded(exchange -> ready(exchange, status.get())));
            server.createContext("/console", guarded(console::serve));
            server.createContext("/metrics", guarded(exchange -> {
                if (authorized(exchange, expected)) {
                    answer(exchange, 200, TEXT, metrics.scrape());
                }
            }));
            server.createContext("/api/", guarded(exchange -> {
                if (authorized(exchange, expected)) {
                    api.handle(exchange);
                }
            }));
            server.createContext("/", guarded(exchange -> {
                if (authorized(exchange, expected)) {
                    answer(exchange, 404, TEXT, "no such endpoint: " + exchange.getRequestURI().getPath() + "\n");
                }
            }));
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "idbridge-admin");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            return new AdminServer(server, executor);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot serve the admin endpoint on " + admin.bind() + ":" + admin.port(),
                    failure);
        }
    }

    /** 200 on a leader and on a standby (it is ready to take over); the text says which. */
    private static void ready(HttpExchange exchange, DaemonStatus status) throws IOException {
        if (!status.ready()) {
            answer(exchange, 503, TEXT, "not ready: no valid configuration yet, or stopping\n");
        } else if (status.leader()) {
            answer(exchange, 200, TEXT, "ready: this daemon runs the syncs\n");
        } else {
            answer(exchange, 200, TEXT, "ready: standby, daemon " + status.leaseHolder() + " runs the syncs\n");
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * The JDK server drops the connection without a word when a handler throws; this answers 500 and logs the failure
     * once instead. Messages of the engine and the store never carry secrets, so the answer may name the cause.
     */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException failure) {
                LOG.error("admin request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        failure);
                answer(exchange, 500, TEXT, "internal error: " + failure + "\n");
            } finally {
                exchange.close();
            }
        };
    }

    /** True when the request carries the token; otherwise answers 401 itself. */
    private static boolean authorized(HttpExchange exchange, byte[] expected) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected)) {
            return true;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"idbridge\"");
        answer(exchange, 401, TEXT, "give the admin token as Authorization: Bearer <idbridge.admin.token>\n");
        return false;
    }

    static void answer(HttpExchange exchange, int status, String type, String text) throws IOException {
        answer(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
