package io.idbridge.sandbox;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process HTTP server on 127.0.0.1 that answers through a {@link SimulatorApi}, applying the
 * {@link FaultSwitches} and recording every request in a {@link RequestLog}.
 *
 * <p><b>TCP no-delay.</b> The JDK server writes headers and body separately; with Nagle's algorithm on, the second write
 * waits for the client's delayed ACK and every request stalls about 40 ms (about 23 requests/s on one connection,
 * dependencies.md §6). The JDK server reads the system property {@code sun.net.httpserver.nodelay} once, when its
 * internal configuration class initialises, so this class sets it to {@code true} in its static initialiser, before
 * it creates its first server. A JDK {@code HttpServer} created elsewhere in the same JVM before this class was loaded
 * would freeze the old setting; start simulators first (or pass {@code -Dsun.net.httpserver.nodelay=true}).
 */
public final class SimulatorServer implements AutoCloseable {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);
    private static final String MASK = "******";

    private final String name;
    private final SimulatorApi api;
    private final FaultSwitches faults;
    private final RequestLog requestLog;
    private final HttpServer server;
    private final ExecutorService executor;

    private SimulatorServer(String name, SimulatorApi api, FaultSwitches faults, RequestLog requestLog,
                            HttpServer server, ExecutorService executor) {
        this.name = name;
        this.api = api;
        this.faults = faults;
        this.requestLog = requestLog;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server.
     *
     * @param name used in thread names and logs, e.g. {@code helloid}
     * @param port the port on 127.0.0.1; 0 picks a free one
     * @param threads how many requests are served at the same time
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static SimulatorServer start(String name, int port, int threads, SimulatorApi api, FaultSwitches faults,
                                        RequestLog requestLog) {
        requireNonNull(name, "name is null");
        requireNonNull(api, "api is null");
        requireNonNull(faults, "faults is null");
        requireNonNull(requestLog, "requestLog is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the " + name + " simulator to 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads(name));
        SimulatorServer simulator = new SimulatorServer(name, api, faults, requestLog, server, executor);
        server.createContext("/", simulator::serve);
        server.setExecutor(executor);
        server.start();
        LOG.debug("{} simulator listening on 127.0.0.1:{}", name, simulator.port());
        return simulator;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    public String rootUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Stops at once; requests in flight are cut off. Never throws. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.debug("{} simulator stopped", name);
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        Instant arrived = Instant.now();
        try (exchange) {
            SimulatorRequest request = read(exchange);
            SimulatorResponse response = answer(request);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // Record before answering, so a client that got its response always finds its request in the log.
            requestLog.add(new RecordedRequest(arrived, request.method(), request.path(), request.query(),
                    masked(request.headers()), request.body(), response.status(), took));
            write(exchange, response);
        }
    }

    private SimulatorResponse answer(SimulatorRequest request) {
        try {
            sleep(faults.latency());
            Optional<Long> retryAfter = faults.throttle();
            if (retryAfter.isPresent()) {
                return api.error(429, "Too many requests; retry after " + retryAfter.get() + " s")
                        .withHeader("Retry-After", String.valueOf(retryAfter.get()));
            }
            Optional<FailurePoint> failure = faults.nextFailure();
            if (failure.isPresent() && failure.get() == FailurePoint.BEFORE_PROCESSING) {
                return api.error(503, "Service unavailable (injected before processing)");
            }
            SimulatorResponse response = api.handle(request);
            if (failure.isPresent()) {
                return api.error(503, "Service unavailable (injected after processing)");
            }
            return response;
        } catch (RuntimeException e) {
            LOG.warn("{} simulator failed on {} {}", name, request.method(), request.path(), e);
            return api.error(500, "Internal simulator error: " + e.getClass().getSimpleName());
        }
    }

    private static SimulatorRequest read(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header, List.copyOf(values)));
        return new SimulatorRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), query == null ? "" : query, headers, body);
    }

    private static void write(HttpExchange exchange, SimulatorResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        if (body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        headers.set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, List<String>> masked(Map<String, List<String>> headers) {
        Map<String, List<String>> masked = new LinkedHashMap<>();
        headers.forEach((header, values) -> masked.put(header, header.equalsIgnoreCase("Authorization")
                ? values.stream().map(SimulatorServer::maskCredentials).toList()
                : values));
        return masked;
    }

    private static String maskCredentials(String authorization) {
        int space = authorization.indexOf(' ');
        return space < 0 ? MASK : authorization.substring(0, space) + " " + MASK;
    }

    private static void sleep(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating latency", e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-simulator-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
