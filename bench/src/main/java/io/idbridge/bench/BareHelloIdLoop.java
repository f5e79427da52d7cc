package io.idbridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline of {@link EnforcementBenchmark}: the outcome of a plan's HelloID actions reached with the fewest
 * requests the API allows, at the same concurrency, over plain OkHttp and Jackson. Per new group one
 * {@code POST /groups}; per person one {@code POST /users} (enabled when the plan enables the account) and one
 * {@code POST /users/{guid}/groups} per group granted, the person's requests in order and the persons in parallel. No
 * journal, no retries, no reads: what a hand-written script would do, and the ceiling the engine is measured against.
 */
final class BareHelloIdLoop {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final AtomicInteger requests = new AtomicInteger();

    BareHelloIdLoop(HelloIdSimulator helloId, String apiSecret, int inFlight) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(inFlight);
        this.http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(inFlight, 5, java.util.concurrent.TimeUnit.MINUTES)).build();
        this.baseUrl = helloId.baseUrl();
        this.authorization = Credentials.basic(HelloIdSimulator.DEFAULT_API_KEY, apiSecret);
    }

    /** What the loop did: its wall time and requests. */
    record Result(long millis, int requests) {
    }

    /** Carries out the plan's HelloID outcome against an empty tenant holding only the static groups. */
    Result run(Plan plan, Map<String, String> staticGroups, int inFlight) throws Exception {
        long started = System.nanoTime();
        Map<String, String> groups = new ConcurrentHashMap<>(staticGroups);
        Map<String, List<PlannedAction>> byPerson = new LinkedHashMap<>();
        for (PlannedAction action : plan.actions()) {
            if (action.type() == ActionType.CREATE_RESOURCE) {
                String name = action.payload().get("name").toString();
                groups.put(name, post("/groups", JSON.createObjectNode().put("name", name).put("isEnabled", true))
                        .get("groupGuid").asText());
            } else if (action.personId() != null) {
                byPerson.computeIfAbsent(action.personId(), id -> new ArrayList<>()).add(action);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> persons = new ArrayList<>();
            byPerson.values().forEach(actions -> persons.add(pool.submit(() -> person(actions, groups))));
            for (Future<?> person : persons) {
                person.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result((System.nanoTime() - started) / 1_000_000, requests.get());
    }

    @SuppressWarnings("unchecked")
    private void person(List<PlannedAction> actions, Map<String, String> groups) {
        String userGuid = null;
        for (PlannedAction action : actions) {
            switch (action.type()) {
                case CREATE -> {
                    ObjectNode user = nested((Map<String, Object>) action.payload().get("data"));
                    user.put("isEnabled", Boolean.TRUE.equals(action.payload().get("enable")));
                    userGuid = post("/users", user).get("userGUID").asText();
                }
                case GRANT -> {
                    Map<String, Object> permission = (Map<String, Object>) action.payload().get("permission");
                    String group = groups.get(permission.get("name").toString());
                    post("/users/" + userGuid + "/groups", JSON.createObjectNode().put("groupGuid", group));
                }
                default -> throw new IllegalStateException("the bare loop does a first sync only, not "
                        + action.type());
            }
        }
    }

    /** {@code userAttributes.department} as {@code {"userAttributes": {"department": ...}}}, as the API takes it. */
    private static ObjectNode nested(Map<String, Object> flat) {
        ObjectNode root = JSON.createObjectNode();
        flat.forEach((field, value) -> {
            int dot = field.indexOf('.');
            ObjectNode parent = dot < 0 ? root : root.with(field.substring(0, dot));
            parent.set(dot < 0 ? field : field.substring(dot + 1), JSON.valueToTree(value));
        });
        return root;
    }

    private JsonNode post(String path, JsonNode body) {
        requests.incrementAndGet();
        try {
            Request request = new Request.Builder().url(baseUrl + path).header("Authorization", authorization)
                    .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE)).build();
            try (Response response = http.newCall(request).execute()) {
                String text = response.body().string();
                if (!response.isSuccessful()) {
                    throw new IllegalStateException("POST " + path + " answered " + response.code() + ": " + text);
                }
                return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The static groups the scenario seeds, by name, as the loop's starting point. */
    static Map<String, String> groupsOf(HelloIdSimulator helloId) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (SimulatedGroup group : helloId.groups()) {
            groups.put(group.name(), group.groupGuid());
        }
        return groups;
    }
}
