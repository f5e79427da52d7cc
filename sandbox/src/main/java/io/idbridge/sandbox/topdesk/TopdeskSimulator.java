package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.sandbox.FaultSwitches;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.RequestLog;
import io.idbridge.sandbox.SimulatorServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A stateful TOPdesk REST API on 127.0.0.1, faithful to systems.md §4 and §7, for tests, the demo and benchmarks.
 * Thread-safe. Shares no code with the TOPdesk connector, so a misunderstanding in one is caught by the other.
 *
 * <p>The choices where systems.md is silent or says UNVERIFIED are listed in {@code sandbox/README.md}; the main
 * ones: the v1 list without {@code archived} returns archived and active persons (the connector correlates archived
 * persons), an empty v1 page is 204, {@code page_size} above 100 is a 400, a PATCH of an archived person is a 400,
 * and errors are {@code [{"message": "..."}]}.
 */
public final class TopdeskSimulator implements AutoCloseable {
    public static final String DEFAULT_OPERATOR_LOGIN = "sandbox-operator";
    public static final String DEFAULT_APPLICATION_PASSWORD = "sandbox-application-password";
    public static final String DEFAULT_ARCHIVING_REASON = TopdeskStore.DEFAULT_ARCHIVING_REASON;
    public static final String DEFAULT_COUNTRY = TopdeskStore.DEFAULT_COUNTRY;

    private static final int THREADS = 16;

    private final TopdeskStore store = new TopdeskStore();
    private final FaultSwitches faults = new FaultSwitches();
    private final RequestLog requestLog = new RequestLog();
    private final PageFailures pageFailures = new PageFailures();
    private final TopdeskApi api;
    private SimulatorServer server;

    /** A simulator accepting {@link #DEFAULT_OPERATOR_LOGIN} and {@link #DEFAULT_APPLICATION_PASSWORD}. */
    public TopdeskSimulator() {
        this(DEFAULT_OPERATOR_LOGIN, DEFAULT_APPLICATION_PASSWORD);
    }

    public TopdeskSimulator(String operatorLogin, String applicationPassword) {
        this.api = new TopdeskApi(operatorLogin, applicationPassword, store, pageFailures);
    }

    /** Starts on a free port; returns this. */
    public TopdeskSimulator start() {
        return start(0);
    }

    /** Starts on the given port (0 picks a free one); returns this. */
    public synchronized TopdeskSimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("the TOPdesk simulator is already running on port " + server.port());
        }
        server = SimulatorServer.start("topdesk", port, THREADS, api, faults, requestLog);
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
            throw new IllegalStateException("the TOPdesk simulator is not running");
        }
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, the value of the connector's {@code baseUrl}; the API is under /tas/api. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Latency, failures and rate limiting; change them at any time. */
    public FaultSwitches faults() {
        return faults;
    }

    /**
     * The next {@code times} requests for page {@code pageNumber} (from 1) of the persons list, v1 or v2, are answered
     * 503 without being served; {@link Integer#MAX_VALUE} fails it until {@link #reset()}.
     */
    public void failPersonsPage(int pageNumber, int times) {
        pageFailures.fail(pageNumber, times);
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    /** The POST, PUT, PATCH and DELETE requests received so far, whatever their status. */
    public List<RecordedRequest> mutatingRequests() {
        return requestLog.mutatingRequests();
    }

    /**
     * Forgets every person, branch, department, budget holder and logged request, turns every switch off, and seeds
     * again the archiving reason {@link #DEFAULT_ARCHIVING_REASON} and the country {@link #DEFAULT_COUNTRY}.
     */
    public void reset() {
        store.clear();
        requestLog.clear();
        faults.reset();
        pageFailures.clear();
    }

    // Seeding and inspection below go straight to the state: not through HTTP and not into the request log.

    /** Every person, archived or not, in creation order. */
    public List<SimulatedPerson> persons() {
        return store.persons();
    }

    public Optional<SimulatedPerson> person(String id) {
        return store.findPerson(requireNonNull(id, "id is null"));
    }

    /** The person with this employee number; {@link IllegalStateException} when several have it. */
    public Optional<SimulatedPerson> personByEmployeeNumber(String employeeNumber) {
        requireNonNull(employeeNumber, "employeeNumber is null");
        List<SimulatedPerson> found = store.persons().stream()
                .filter(person -> person.employeeNumber().equals(employeeNumber)).toList();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " persons have employee number " + employeeNumber);
        }
        return found.stream().findFirst();
    }

    public List<SimulatedBranch> branches() {
        return store.branches();
    }

    public List<SimulatedLookup> departments() {
        return store.lookups(LookupKind.DEPARTMENT);
    }

    public List<SimulatedLookup> budgetHolders() {
        return store.lookups(LookupKind.BUDGET_HOLDER);
    }

    public List<SimulatedLookup> archivingReasons() {
        return store.lookups(LookupKind.ARCHIVING_REASON);
    }

    public List<SimulatedLookup> countries() {
        return store.lookups(LookupKind.COUNTRY);
    }

    /** An independent branch in {@link #DEFAULT_COUNTRY}. */
    public SimulatedBranch addBranch(String name) {
        String country = store.findLookupByName(LookupKind.COUNTRY, DEFAULT_COUNTRY).map(SimulatedLookup::id)
                .orElse(null);
        return seeding(() -> store.createBranch(name, country, SimulatedBranch.INDEPENDENT_BRANCH));
    }

    public SimulatedLookup addDepartment(String name) {
        return seeding(() -> store.createLookup(LookupKind.DEPARTMENT, name));
    }

    public SimulatedLookup addBudgetHolder(String name) {
        return seeding(() -> store.createLookup(LookupKind.BUDGET_HOLDER, name));
    }

    public SimulatedLookup addArchivingReason(String name) {
        return seeding(() -> store.createLookup(LookupKind.ARCHIVING_REASON, name));
    }

    public SimulatedLookup addCountry(String name) {
        return seeding(() -> store.createLookup(LookupKind.COUNTRY, name));
    }

    /** An active person with these fields and nothing else set. */
    public SimulatedPerson addPerson(String employeeNumber, String firstName, String surName, String branchId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employeeNumber", requireNonNull(employeeNumber, "employeeNumber is null"));
        fields.put("firstName", firstName);
        fields.put("surName", surName);
        fields.put("branch", Map.of("id", requireNonNull(branchId, "branchId is null")));
        return addPerson(fields, false);
    }

    /**
     * A person from fields in the shape of a POST body, e.g. {@code {"surName": "Jansen", "branch": {"id": ...},
     * "isManager": true}}, checked by the same rules; an archived one gets {@link #DEFAULT_ARCHIVING_REASON}.
     *
     * @throws IllegalArgumentException when the API would refuse the body
     */
    public SimulatedPerson addPerson(Map<String, ?> fields, boolean archived) {
        requireNonNull(fields, "fields is null");
        return seeding(() -> {
            PersonChanges changes = PersonFields.read(TopdeskJson.readObject(TopdeskJson.write(
                    TopdeskJson.tree(fields))));
            return store.createPerson(changes, archived ? defaultArchivingReasonId() : null);
        });
    }

    /** An archived, anonymised person: {@code *****} in every name, login and the employee number (#42). */
    public SimulatedPerson addAnonymisedPerson(String branchId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : List.of("surName", "firstName", "email", "employeeNumber", "networkLoginName")) {
            fields.put(name, "*****");
        }
        fields.put("branch", Map.of("id", requireNonNull(branchId, "branchId is null")));
        return addPerson(fields, true);
    }

    /** Archives behind the connector's back, with {@link #DEFAULT_ARCHIVING_REASON}. */
    public SimulatedPerson archive(String id) {
        return seeding(() -> store.archive(id, defaultArchivingReasonId()));
    }

    /** Deletes the person card behind the connector's back, as an administrator can in TOPdesk (not the API). */
    public SimulatedPerson removePerson(String id) {
        return seeding(() -> store.removePerson(id));
    }

    /** Unarchives behind the connector's back. */
    public SimulatedPerson unarchive(String id) {
        return seeding(() -> store.unarchive(id));
    }

    private String defaultArchivingReasonId() {
        return store.findLookupByName(LookupKind.ARCHIVING_REASON, DEFAULT_ARCHIVING_REASON)
                .map(SimulatedLookup::id)
                .orElseThrow(() -> new IllegalStateException("the archiving reason " + DEFAULT_ARCHIVING_REASON
                        + " is gone"));
    }

    // The store speaks in API errors; a test's seeding mistake is an IllegalArgumentException instead.
    private static <T> T seeding(Supplier<T> action) {
        try {
            return action.get();
        } catch (TopdeskApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
