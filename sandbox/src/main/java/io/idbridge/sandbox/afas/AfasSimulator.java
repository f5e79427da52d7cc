package io.idbridge.sandbox.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.FaultSwitches;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.RequestLog;
import io.idbridge.sandbox.SimulatorServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful AFAS Profit REST API on 127.0.0.1 (systems.md §3 and §7), for tests, the demo and benchmarks: the four
 * HelloID GetConnectors with paging, sorting, filters and their date scope, and the UpdateConnectors
 * {@code KnEmployee} and {@code KnUser}. Thread-safe. Shares no code with the AFAS connectors, so a misunderstanding
 * in one is caught by the other. The choices where systems.md is silent are listed in {@code sandbox/README.md}.
 */
public final class AfasSimulator implements AutoCloseable {
    /** The token XML the simulator accepts by default; send it base64-encoded: {@code AfasToken <base64>}. */
    public static final String DEFAULT_TOKEN = "<token><version>1</version><data>SANDBOX0123456789ABCDEF0123456789"
            + "ABCDEF0123456789ABCDEF</data></token>";
    public static final String USERS = AfasFields.USERS;
    public static final String EMPLOYMENTS = AfasFields.EMPLOYMENTS;
    public static final String POSITIONS = AfasFields.POSITIONS;
    public static final String ORGANIZATIONAL_UNITS = AfasFields.ORGANIZATIONAL_UNITS;

    private static final int THREADS = 16;

    private final AfasStore store = new AfasStore();
    private final FaultSwitches faults = new FaultSwitches();
    private final RequestLog requestLog = new RequestLog();
    private final PageFailures pageFailures = new PageFailures();
    private final AfasApi api;
    private SimulatorServer server;

    /** A simulator accepting {@link #DEFAULT_TOKEN}. */
    public AfasSimulator() {
        this(DEFAULT_TOKEN);
    }

    public AfasSimulator(String tokenXml) {
        this.api = new AfasApi(tokenXml, store, pageFailures);
    }

    /** The {@code Authorization} header value for a token XML, as AFAS requires it. */
    public static String authorization(String tokenXml) {
        return "AfasToken " + Base64.getEncoder().encodeToString(tokenXml.getBytes(StandardCharsets.US_ASCII));
    }

    /** Starts on a free port; returns this. */
    public AfasSimulator start() {
        return start(0);
    }

    /** Starts on the given port (0 picks a free one); returns this. */
    public synchronized AfasSimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("the AFAS simulator is already running on port " + server.port());
        }
        server = SimulatorServer.start("afas", port, THREADS, api, faults, requestLog);
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
            throw new IllegalStateException("the AFAS simulator is not running");
        }
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/profitrestservices}, the connectors' {@code base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/" + AfasApi.BASE_PATH;
    }

    public FaultSwitches faults() {
        return faults;
    }

    /**
     * The next {@code times} requests for page {@code pageNumber} (from 1, {@code skip / take + 1}) of a GetConnector
     * are answered 503 without being served; {@link Integer#MAX_VALUE} fails it until {@link #reset()}.
     */
    public void failPage(String connectorId, int pageNumber, int times) {
        pageFailures.fail(requireNonNull(connectorId, "connectorId is null"), pageNumber, times);
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    /** The POST, PUT and DELETE requests received so far, whatever their status. */
    public List<RecordedRequest> mutatingRequests() {
        return requestLog.mutatingRequests();
    }

    /** Forgets every row and logged request and turns every switch off; the date stays. */
    public void reset() {
        store.clear();
        requestLog.clear();
        faults.reset();
        pageFailures.clear();
    }

    // Seeding and inspection below go straight to the state: not through HTTP and not into the request log.

    /** The day the date scope is computed from; today unless set. */
    public LocalDate today() {
        return store.today();
    }

    public void today(LocalDate date) {
        store.today(date);
    }

    /** Replaces every row with the organisation's and sets {@link #today()} to its date. */
    public void load(AfasOrganisation organisation) {
        requireNonNull(organisation, "organisation is null");
        store.clear();
        store.today(organisation.today());
        organisation.users().forEach(row -> store.put(USERS, row));
        organisation.employments().forEach(row -> store.put(EMPLOYMENTS, row));
        organisation.positions().forEach(row -> store.put(POSITIONS, row));
        organisation.organizationalUnits().forEach(row -> store.put(ORGANIZATIONAL_UNITS, row));
    }

    /** Every row of a GetConnector, out of scope ones included, in insertion order; copies. */
    public List<Map<String, Object>> rows(String connectorId) {
        return store.rows(connectorId);
    }

    /** The Users row of one employee (with the user's fields), whatever its scope. */
    public Optional<Map<String, Object>> employee(String medewerker) {
        return Optional.ofNullable(store.row(USERS, requireNonNull(medewerker, "medewerker is null")));
    }

    /** Adds (or replaces, by key) a row; fields not given are null. Returns the stored row. */
    public Map<String, Object> addRow(String connectorId, Map<String, ?> fields) {
        return store.put(requireNonNull(connectorId, "connectorId is null"), requireNonNull(fields, "fields is null"));
    }

    /** Changes fields of the row whose key field ({@code Medewerker}, {@code ExternalID}, ...) has this value. */
    public void updateRow(String connectorId, String key, Map<String, ?> changes) {
        if (!store.change(connectorId, key, changes)) {
            throw new IllegalArgumentException(connectorId + " has no row " + key);
        }
    }

    /** Removes the row with this key, as if HR deleted it; false when there was none. */
    public boolean removeRow(String connectorId, String key) {
        return store.remove(connectorId, key);
    }
}
