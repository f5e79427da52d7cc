package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import io.idbridge.engine.Engine;
import io.idbridge.engine.PersonExplanation;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.RunLockTakenException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin JSON API under {@code /api/}, behind the token (checked by {@link AdminServer}). Reads are GET, changes
 * POST (405 otherwise):
 * <ul>
 *   <li>{@code GET /api/status}: whether this daemon leads, and the problems of its configuration when last read</li>
 *   <li>{@code GET /api/runs}, {@code GET /api/runs/<id>}: the recent runs; one run's report and its actions</li>
 *   <li>{@code GET /api/preview}: the plan the next run would make</li>
 *   <li>{@code GET /api/held[?run=<id>]}: the actions held by a threshold, with their changes</li>
 *   <li>{@code POST /api/held/approve}, {@code POST /api/held/reject} with {@code {"actions":[ids]}},
 *       {@code {"run":id}} or {@code {"all":true}}: approve (carry out exactly those) or reject; 409 while a sync
 *       holds the state store</li>
 *   <li>{@code GET /api/persons?q=<text>}, {@code GET /api/persons/<externalId>}: find persons; one person explained</li>
 *   <li>{@code POST /api/sync}: the daemon syncs now, on its own thread (202)</li>
 * </ul>
 * Errors are {@code {"error": "..."}}. Account data and payloads are masked by {@link ApiJson}.
 */
final class AdminApi {
    static final String JSON = "application/json; charset=utf-8";
    static final String APPROVED_BY = "admin console";
    private static final int RECENT_RUNS = 20;
    private static final int MAX_BODY = 1 << 20;
    private static final Pattern RUN = Pattern.compile("/api/runs/([0-9]{1,18})");
    private static final Pattern PERSON = Pattern.compile("/api/persons/(.+)");
    private static final Pattern RUN_PARAMETER = Pattern.compile("run=([0-9]{1,18})");

    private final Supplier<DaemonStatus> status;
    private final Supplier<Optional<EngineSession>> session;
    private final Runnable requestSync;

    /** The body of approve and reject: which held actions. */
    record Selection(List<Long> actions, Long run, Boolean all) {
        boolean specified() {
            return (actions != null && !actions.isEmpty()) || run != null || Boolean.TRUE.equals(all);
        }

        ActionQuery query() {
            return new ActionQuery(run, null, null, null, null);
        }

        Set<Long> actionIds() {
            return actions == null ? Set.of() : new LinkedHashSet<>(actions);
        }
    }

    /** An answer other than 200 with the reason, as {@code {"error": reason}}. */
    static final class ApiException extends RuntimeException {
        private final int status;

        ApiException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private record Answer(int status, String json) {
    }

    AdminApi(Supplier<DaemonStatus> status, Supplier<Optional<EngineSession>> session, Runnable requestSync) {
        this.status = requireNonNull(status, "status is null");
        this.session = requireNonNull(session, "session is null");
        this.requestSync = requireNonNull(requestSync, "requestSync is null");
    }

    void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange);
        } catch (ApiException refused) {
            answer = new Answer(refused.status, Json.write(Map.of("error", refused.getMessage())));
            if (refused.status == 405) {
                exchange.getResponseHeaders().set("Allow", refused.getMessage().startsWith("POST") ? "POST" : "GET");
            }
        }
        // the answers hold personal data: no browser or proxy keeps them
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        AdminServer.answer(exchange, answer.status(), JSON, answer.json());
    }

    private Answer route(String method, String path, String query, HttpExchange exchange) throws IOException {
        if (path.equals("/api/sync")) {
            expect("POST", method);
            requestSync.run();
            return new Answer(202, Json.write(Map.of("message", "sync requested: the daemon starts it now, or after "
                    + "the sync under way")));
        }
        if (path.equals("/api/status")) {
            expect("GET", method);
            return ok(Json.write(status.get()));
        }
        // read once: the daemon replaces the session when the configuration changes
        EngineSession current = session.get().orElseThrow(() -> new ApiException(503, "no configuration loaded yet: "
                + "the daemon loads it at its first sync (POST /api/sync starts one now)"));
        if (path.equals("/api/runs") || path.equals("/api/runs/") || RUN.matcher(path).matches()) {
            expect("GET", method);
            return runs(current, path);
        }
        if (path.equals("/api/preview")) {
            expect("GET", method);
            if (!current.engine().hasSnapshotInForce()) {
                throw new ApiException(409, "no import accepted yet, so nothing to plan from: the first sync imports");
            }
            return ok(Reports.planJson(current.engine().preview(false, ProgressListener.NONE)));
        }
        if (path.startsWith("/api/held")) {
            return held(current, method, path, query, exchange);
        }
        if (path.equals("/api/persons") || PERSON.matcher(path).matches()) {
            expect("GET", method);
            return persons(current, path, query);
        }
        throw new ApiException(404, "no such endpoint: " + path);
    }

    private static Answer runs(EngineSession current, String path) {
        Matcher run = RUN.matcher(path);
        if (!run.matches()) {
            return ok(Json.write(current.store().runs(RECENT_RUNS)));
        }
        long runId = Long.parseLong(run.group(1));
        if (current.store().run(runId).isEmpty()) {
            throw new ApiException(404, "no run " + runId);
        }
        return ok(ApiJson.run(current.engine().report(runId), current.store().actions(ActionQuery.ofRun(runId))));
    }

    private static Answer held(EngineSession current, String method, String path, String query, HttpExchange exchange)
            throws IOException {
        Engine engine = current.engine();
        switch (path) {
            case "/api/held" -> {
                expect("GET", method);
                Long runId = query == null ? null : runParameter(query);
                return ok(ApiJson.held(current.store().actions(new ActionQuery(runId, Set.of(ActionStatus.HELD), null,
                        null, null))));
            }
            case "/api/held/approve" -> {
                expect("POST", method);
                Selection selection = selection(exchange);
                List<RunReport> reports = underRunLock(() -> engine.approve(selection.query(), selection.actionIds(),
                        APPROVED_BY, ProgressListener.NONE));
                if (reports.isEmpty()) {
                    throw new ApiException(404, "no held actions match the selection");
                }
                return ok(Json.write(Map.of("reports", reports.stream().map(Reports::runMap).toList())));
            }
            case "/api/held/reject" -> {
                expect("POST", method);
                Selection selection = selection(exchange);
                int rejected = underRunLock(() -> engine.reject(selection.query(), selection.actionIds(),
                        APPROVED_BY));
                if (rejected == 0) {
                    throw new ApiException(404, "no held actions match the selection");
                }
                return ok(Json.write(Map.of("rejected", rejected)));
            }
            default -> throw new ApiException(404, "no such endpoint: " + path);
        }
    }

    private static Answer persons(EngineSession current, String path, String query) {
        Matcher person = PERSON.matcher(path);
        if (!person.matches()) {
            return ok(ApiJson.persons(current.store(), searchText(query)));
        }
        PersonExplanation explanation = current.engine().explain(person.group(1));
        if (explanation.person() == null && explanation.accounts().isEmpty() && explanation.audit().isEmpty()) {
            throw new ApiException(404, "no person " + person.group(1) + " in the snapshot in force, and no account "
                    + "or history");
        }
        return ok(ApiJson.person(explanation));
    }

    private static Answer ok(String json) {
        return new Answer(200, json);
    }

    private static void expect(String allowed, String method) {
        if (!allowed.equals(method)) {
            throw new ApiException(405, allowed + " only");
        }
    }

    /** Approve and reject take the state store's run lock; a sync under way holds it, which is worth a retry. */
    private static <T> T underRunLock(Supplier<T> work) {
        try {
            return work.get();
        } catch (RunLockTakenException busy) {
            throw new ApiException(409, "a sync or another approval is running; try again when it has finished ("
                    + busy.getMessage() + ")");
        }
    }

    private static Selection selection(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ApiException(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        Selection selection;
        try {
            selection = Json.MAPPER.readValue(body, Selection.class);
        } catch (JsonProcessingException unreadable) {
            throw new ApiException(400, "expected {\"actions\":[ids]}, {\"run\":id} or {\"all\":true}: "
                    + unreadable.getOriginalMessage());
        }
        if (selection == null || !selection.specified()) {
            throw new ApiException(400, "say which held actions: {\"actions\":[ids]}, {\"run\":id} or {\"all\":true}");
        }
        return selection;
    }

    private static Long runParameter(String query) {
        for (String parameter : query.split("&")) {
            Matcher run = RUN_PARAMETER.matcher(parameter);
            if (run.matches()) {
                return Long.parseLong(run.group(1));
            }
        }
        throw new ApiException(400, "the only parameter of /api/held is run=<id>");
    }

    private static String searchText(String query) {
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (parameter.startsWith("q=")) {
                    return URLDecoder.decode(parameter.substring(2), StandardCharsets.UTF_8).trim();
                }
            }
        }
        throw new ApiException(400, "give the text to find as /api/persons?q=<text>");
    }
}
