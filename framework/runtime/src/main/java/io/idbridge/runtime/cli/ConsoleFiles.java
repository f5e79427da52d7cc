package io.idbridge.runtime.cli;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web console's static files under {@code /console/}: a few plain pages, one script and one style sheet, read
 * from the classpath once. They hold no data and are served without the token; the script asks the token and sends
 * it with every call to {@code /api/}. Only the files listed here are served, so no path reaches anything else, and
 * the content security policy lets the pages run only this script and talk only to this server.
 */
final class ConsoleFiles {
    private static final String RESOURCES = "/io/idbridge/runtime/console/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "runs.html", "text/html; charset=utf-8",
            "run.html", "text/html; charset=utf-8",
            "held.html", "text/html; charset=utf-8",
            "preview.html", "text/html; charset=utf-8",
            "person.html", "text/html; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Map<String, byte[]> files;

    private ConsoleFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Reads every file of the console; a missing one is a packaging bug, reported at the daemon's start. */
    static ConsoleFiles load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : TYPES.keySet()) {
            try (InputStream in = ConsoleFiles.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException("the console file " + RESOURCES + name + " is not on the classpath");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read the console file " + RESOURCES + name, failure);
            }
        }
        return new ConsoleFiles(Map.copyOf(files));
    }

    void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            AdminServer.answer(exchange, 405, AdminServer.TEXT, "the console's files are read with GET\n");
            return;
        }
        if (path.equals("/console") || path.equals("/console/")) {
            exchange.getResponseHeaders().set("Location", "/console/index.html");
            AdminServer.answer(exchange, 302, AdminServer.TEXT, "");
            return;
        }
        String name = path.startsWith("/console/") ? path.substring("/console/".length()) : "";
        byte[] file = files.get(name);
        if (file == null) {
            AdminServer.answer(exchange, 404, AdminServer.TEXT, "no such console page: " + path + "\n");
            return;
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        AdminServer.answer(exchange, 200, TYPES.get(name), file);
    }
}
