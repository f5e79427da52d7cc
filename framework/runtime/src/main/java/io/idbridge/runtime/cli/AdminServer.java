package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.idbridge.engine.model.Json;
import io.idbridge.runtime.config.EngineSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daemon's admin HTTP endpoint on the JDK's HTTP server, on loopback unless configured otherwise. {@code /health}
 * (the process answers) and {@code /ready} (it holds a valid configuration and is not stopping) need no token, so
 * that probes work; everything else needs {@code Authorization: Bearer <idbridge.admin.token>}, compared in constant
 * time, and answers 401 without it. {@code /metrics} is the Prometheus text format of {@link DaemonMetrics};
 * {@code /api/runs} lists the recent runs and {@code /api/runs/<id>} is one run's report, the JSON of
 * {@code idbridge report --json}.
 */
final class AdminServer implements AutoCloseable {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final int RECENT_RUNS = 20;
    private static final Pattern RUN = Pattern.compile("/api/runs/([0-9]{1,18})");

    private final HttpServer server;
    private final ExecutorService executor;

    private AdminServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param session the daemon's session of the last valid configuration, empty before the first
     */
    static AdminServer start(EngineSettings.Admin admin, DaemonMetrics metrics, BooleanSupplier ready,
                             Supplier<Optional<EngineSession>> session) {
        requireNonNull(admin, "admin is null");
        byte[] expected = ("Bearer " + admin.token().reveal()).getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(admin.bind(), admin.port()), 0);
            server.createContext("/health", exchange -> answer(exchange, 200, "ok\n"));
            server.createContext("/ready", exchange -> answer(exchange, ready.getAsBoolean() ? 200 : 503,
                    ready.getAsBoolean() ? "ready\n" : "not ready: no valid configuration yet, or stopping\n"));
            server.createContext("/metrics", exchange -> {
                if (authorized(exchange, expected)) {
                    answer(exchange, 200, metrics.scrape());
                }
            });
            server.createContext("/api/runs", exchange -> {
                if (authorized(exchange, expected)) {
                    runs(exchange, session.get());
                }
            });
            server.createContext("/", exchange -> {
                if (authorized(exchange, expected)) {
                    answer(exchange, 404, "no such endpoint: " + exchange.getRequestURI().getPath() + "\n");
                }
            });
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

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void runs(HttpExchange exchange, Optional<EngineSession> session) throws IOException {
        if (session.isEmpty()) {
            answer(exchange, 503, TEXT, "no valid configuration yet\n");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/runs") || path.equals("/api/runs/")) {
            answer(exchange, 200, JSON, Json.write(session.get().store().runs(RECENT_RUNS)));
            return;
        }
        Matcher run = RUN.matcher(path);
        if (run.matches() && session.get().store().run(Long.parseLong(run.group(1))).isPresent()) {
            answer(exchange, 200, JSON, Reports.runJson(session.get().engine().report(Long.parseLong(run.group(1)))));
            return;
        }
        answer(exchange, 404, TEXT, "no such run: " + path + "\n");
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

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        answer(exchange, status, TEXT, text);
    }

    private static void answer(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
