package io.idbridge.sandbox.helloid;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.FaultSwitches;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.RequestLog;
import io.idbridge.sandbox.SimulatorServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A stateful HelloID REST API on 127.0.0.1, faithful to systems.md §2 and §7, for tests, the demo and benchmarks.
 * Thread-safe. Shares no code with the HelloID connector, so a misunderstanding in one is caught by the other.
 *
 * <p>Choices where systems.md leaves the real behaviour open (all <b>UNVERIFIED</b> against a live tenant):
 * <ul>
 *   <li>Every success is 200; {@code DELETE /users/{guid}}, membership changes and unassign answer without a body.</li>
 *   <li>Unknown user: 404 {@code {"message":"User not found"}}; unknown group or product: 404 "Group not found" /
 *       "Product not found"; unknown path: 404; wrong method: 405; missing or wrong credentials: 401
 *       {@code {"message":"Authorization has been denied for this request."}}.</li>
 *   <li>Duplicate {@code userName} (case-insensitive, among users that are not deleted) on create or rename, and a
 *       duplicate group name: <b>409</b>. Validation errors: 400. Both bodies carry {@code message} and
 *       {@code resultMsg} with the same text.</li>
 *   <li>Request property names match case-insensitively (ASP.NET binding), so {@code groupGUID} equals
 *       {@code groupGuid}; a body on any request must be {@code application/json} (else 415).</li>
 *   <li>{@code PUT /users/{guid}} replaces every writable field (missing ones are cleared); {@code userName} changes
 *       only through {@code IdentifierObject.userName}. {@code source} is {@code API} for users created through the
 *       API, whatever the body says (legacy docs). {@code password} is accepted and not kept.</li>
 *   <li>Delete marks the user {@code isDeleted} (listed by {@code GET /users?isDeleted=true}, invisible otherwise)
 *       and drops its memberships and product assignments.</li>
 *   <li>Adding an existing member or removing a non-member is a 200 no-op; requesting a product the user already
 *       holds is a 409 (legacy docs list 409 for products); a request is approved at once.</li>
 *   <li>A product's {@code productId} and {@code productGuid} are the same GUID.</li>
 * </ul>
 */
public final class HelloIdSimulator implements AutoCloseable {
    public static final String DEFAULT_API_KEY = "sandbox-api-key";
    public static final String DEFAULT_API_SECRET = "sandbox-api-secret";

    private static final int THREADS = 16;

    private final HelloIdStore store = new HelloIdStore();
    private final FaultSwitches faults = new FaultSwitches();
    private final RequestLog requestLog = new RequestLog();
    private final AtomicBoolean wrapListsInData = new AtomicBoolean();
    private final HelloIdApi api;
    private SimulatorServer server;

    /** A simulator accepting {@link #DEFAULT_API_KEY} and {@link #DEFAULT_API_SECRET}. */
    public HelloIdSimulator() {
        this(DEFAULT_API_KEY, DEFAULT_API_SECRET);
    }

    public HelloIdSimulator(String apiKey, String apiSecret) {
        this.api = new HelloIdApi(apiKey, apiSecret, store, new Paging(wrapListsInData::get));
    }

    /** Starts on a free port; returns this. */
    public HelloIdSimulator start() {
        return start(0);
    }

    /** Starts on the given port (0 picks a free one); returns this. */
    public synchronized HelloIdSimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("the HelloID simulator is already running on port " + server.port());
        }
        server = SimulatorServer.start("helloid", port, THREADS, api, faults, requestLog);
        return this;
    }

    /** Stops the server; the state is kept. Never throws; stopping twice is harmless. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the HelloID simulator is not running");
        }
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/api/v1}, the value of the connector's {@code base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + HelloIdApi.BASE_PATH;
    }

    /** Latency, failures and rate limiting; change them at any time. */
    public FaultSwitches faults() {
        return faults;
    }

    /** Whether list endpoints answer {@code {"data": [...]}} instead of a bare array (default: bare array). */
    public void wrapListsInData(boolean wrap) {
        wrapListsInData.set(wrap);
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    /** The POST, PUT and DELETE requests received so far, whatever their status. */
    public List<RecordedRequest> mutatingRequests() {
        return requestLog.mutatingRequests();
    }

    /** Forgets every user, group, product and logged request, and turns every switch off. */
    public void reset() {
        store.clear();
        requestLog.clear();
        faults.reset();
        wrapListsInData.set(false);
    }

    // Seeding and inspection below go straight to the state: not through HTTP and not into the request log.

    /** Users that are not deleted, in creation order. */
    public List<SimulatedUser> users() {
        return store.users(null, false);
    }

    public List<SimulatedUser> deletedUsers() {
        return store.users(null, true);
    }

    /** A user that is not deleted, by GUID or user name (case-insensitive). */
    public Optional<SimulatedUser> user(String guidOrUserName) {
        return store.findUser(guidOrUserName);
    }

    public List<SimulatedGroup> groups() {
        return store.groups();
    }

    /** The GUIDs of the group's members; {@link IllegalArgumentException} for an unknown group. */
    public List<String> members(String groupGuid) {
        return seeding(() -> store.members(groupGuid));
    }

    public List<SimulatedProduct> products() {
        return store.products();
    }

    public List<SimulatedAssignment> assignments() {
        return store.assignments();
    }

    /** Adds a disabled user without attributes. */
    public SimulatedUser addUser(String userName, String firstName, String lastName) {
        return addUser(userName, firstName, lastName, false, Map.of());
    }

    /** Adds a user as if created in the HelloID portal ({@code source} {@code Local}). */
    public SimulatedUser addUser(String userName, String firstName, String lastName, boolean enabled,
                                 Map<String, ?> userAttributes) {
        requireNonNull(userName, "userName is null");
        UserFields fields = new UserFields(firstName, lastName, null, enabled, false, Map.copyOf(userAttributes),
                null);
        return seeding(() -> store.createUser(userName, fields, "Local"));
    }

    /** Deletes a user behind the connector's back, as an administrator would. */
    public void deleteUser(String guidOrUserName) {
        seeding(() -> {
            store.deleteUser(guidOrUserName);
            return null;
        });
    }

    public SimulatedGroup addGroup(String name) {
        return seeding(() -> store.createGroup(name, true));
    }

    public void addMember(String groupGuid, String userGuid) {
        seeding(() -> {
            store.addMember(userGuid, groupGuid);
            return null;
        });
    }

    public SimulatedProduct addProduct(String name) {
        return store.createProduct(requireNonNull(name, "name is null"));
    }

    public void assignProduct(String productGuid, String userGuid) {
        seeding(() -> store.requestProduct(productGuid, userGuid, userGuid));
    }

    // The store speaks in API errors; a test's seeding mistake is an IllegalArgumentException instead.
    private static <T> T seeding(Supplier<T> action) {
        try {
            return action.get();
        } catch (HelloIdApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
