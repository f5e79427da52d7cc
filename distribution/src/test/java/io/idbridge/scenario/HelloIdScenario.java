package io.idbridge.scenario;

import static java.util.Objects.requireNonNull;

import io.idbridge.connector.helloid.HelloIdTargetConnectorFactory;
import io.idbridge.engine.Engine;
import io.idbridge.engine.config.AccountMapping;
import io.idbridge.engine.config.ActionThresholds;
import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.CorrelationSettings;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.Pacing;
import io.idbridge.engine.config.PermissionDefinition;
import io.idbridge.engine.config.PrimaryContractOrder;
import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.config.SourceThresholds;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.config.UniqueField;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.enforce.RetryPolicy;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.fake.InMemorySource;
import io.idbridge.engine.fake.MutableClock;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedGroup;
import io.idbridge.sandbox.helloid.SimulatedUser;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.target.TargetConnector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One scenario's world: an in-memory HR source, a real SQLite store, the real HelloID connector (made by its factory
 * from a validated configuration) against the HelloID simulator, and a clock moved by hand. Configured like a typical
 * HelloID setup: user names from nick and family name with an iteration, correlation on userAttributes.employeeId, an
 * "All staff" group, a department group per contract (created when missing), a grant-only "Laptop" product for ICT;
 * create 14 days and enable 0 days before the start, disable {@value #GRACE_DAYS} days after the end, delete
 * {@value #DELETE_DAYS} days after disabling.
 */
final class HelloIdScenario implements AutoCloseable {
    static final int GRACE_DAYS = 3;
    static final int DELETE_DAYS = 30;
    static final String API_PREFIX = "/api/v1";

    final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 1));
    final InMemorySource source = new InMemorySource();
    final HelloIdSimulator simulator;
    final StateStore store;
    private final TargetConnector connector;
    private final ExpressionCompiler compiler = new ExpressionCompiler();
    private final Engine engine;

    /** Resets the simulator and seeds the "All staff" group and the "Laptop" product. */
    HelloIdScenario(HelloIdSimulator simulator, Path directory) {
        this.simulator = requireNonNull(simulator, "simulator is null");
        simulator.reset();
        simulator.addGroup("All staff");
        simulator.addProduct("Laptop");
        store = StateStores.open("jdbc:sqlite:" + directory.resolve("state.db"));
        connector = new HelloIdTargetConnectorFactory().create(new Context("helloid", clock), connectorConfig());
        engine = new Engine(config(), Map.of("hr", source), Map.of("helloid", connector), store, clock,
                new Retrier(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1)),
                        duration -> { }),
                EnforcementListener.NONE);
    }

    Engine engine() {
        return engine;
    }

    /** One scheduled run on the clock's day: import, plan, enforce. */
    Engine.SyncResult syncOn(LocalDate day) {
        clock.setDay(day);
        return engine.sync(ProgressListener.NONE);
    }

    /** The mutating requests since the last {@link #forgetRequests()}, as {@code METHOD /path} without /api/v1. */
    List<String> mutatingCalls() {
        return simulator.mutatingRequests().stream()
                .map(request -> request.method() + " " + request.path().substring(API_PREFIX.length()))
                .toList();
    }

    List<RecordedRequest> mutatingRequests(String method, String path) {
        return simulator.mutatingRequests().stream()
                .filter(request -> request.method().equals(method))
                .filter(request -> request.path().equals(API_PREFIX + path))
                .toList();
    }

    void forgetRequests() {
        simulator.requestLog().clear();
    }

    SimulatedUser user(String userName) {
        return simulator.user(userName).orElseThrow(() -> new AssertionError("no HelloID user " + userName));
    }

    SimulatedGroup group(String name) {
        return simulator.groups().stream().filter(group -> group.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no HelloID group " + name));
    }

    /** The names of the groups the user is a member of, sorted. */
    List<String> groupsOf(String userName) {
        String guid = user(userName).userGuid();
        return simulator.groups().stream()
                .filter(group -> simulator.members(group.groupGuid()).contains(guid))
                .map(SimulatedGroup::name)
                .sorted()
                .toList();
    }

    /** The names of the products assigned to the user, sorted. */
    List<String> productsOf(String userName) {
        String guid = user(userName).userGuid();
        return simulator.assignments().stream()
                .filter(assignment -> assignment.userGuid().equals(guid))
                .map(assignment -> simulator.products().stream()
                        .filter(product -> product.productGuid().equals(assignment.productGuid()))
                        .findFirst().orElseThrow().name())
                .sorted()
                .toList();
    }

    @Override
    public void close() {
        connector.close();
        store.close();
    }

    private ConnectorConfig connectorConfig() {
        HelloIdTargetConnectorFactory factory = new HelloIdTargetConnectorFactory();
        // unpaced: the simulator has no rate limit here and a scenario should not wait
        return new ConnectorConfig(factory.configSpec(), Map.of(
                "base-url", simulator.baseUrl(),
                "api-key", HelloIdSimulator.DEFAULT_API_KEY,
                "api-secret", new Secret(HelloIdSimulator.DEFAULT_API_SECRET),
                "requests-per-second", 0.0));
    }

    private EngineConfig config() {
        SourceSettings hr = new SourceSettings("hr",
                Map.of("externalId", e("source.id"), "name.nick", e("source.nick"), "name.family", e("source.family")),
                Map.of("externalId", e("sourceContract.id"), "startDate", e("sourceContract.start"),
                        "endDate", e("sourceContract.end"), "department.code", e("sourceContract.dept")),
                SourceThresholds.NONE);
        AccountMapping account = new AccountMapping(
                Map.of("firstName", e("person.name.nick"), "lastName", e("person.name.familyWithPrefix"),
                        "userAttributes.employeeId", e("person.externalId"),
                        "userAttributes.department", e("person.primaryContract.department.code")),
                Map.of(), Map.of(), Map.of(),
                List.of(new UniqueField("userName", List.of(
                        e("normalize(person.name.nick + '.' + person.name.family) + '@example.org'"),
                        e("normalize(person.name.nick + '.' + person.name.family) + string(iteration) + '@example.org'")),
                        UniqueField.DEFAULT_MAX_ITERATIONS)));
        TargetSettings helloid = new TargetSettings("helloid",
                new CorrelationSettings(e("person.externalId"), "userAttributes.employeeId"),
                new LifecyclePolicy(14, 0, GRACE_DAYS, DELETE_DAYS), account,
                Map.of("staff", new PermissionDefinition("staff", "group", "All staff", null, false),
                        "departments", new PermissionDefinition("departments", "group", null,
                                e("'department_' + contract.department.code"), true),
                        "laptop", new PermissionDefinition("laptop", "product", "Laptop", null, false)),
                new ActionThresholds(Map.of()), new Pacing(4, Duration.ofSeconds(30)));
        BusinessRule employees = new BusinessRule("Employees", null, e("contract.department.code != 'EXT'"),
                List.of(new EntitlementRef("helloid", "account"), new EntitlementRef("helloid", "staff"),
                        new EntitlementRef("helloid", "departments")));
        BusinessRule laptops = new BusinessRule("Laptops", null, e("contract.department.code == 'ICT'"),
                List.of(new EntitlementRef("helloid", "laptop")));
        return new EngineConfig(List.of(hr), PrimaryContractOrder.DEFAULT, List.of(helloid), List.of(employees, laptops));
    }

    private Expression e(String text) {
        return compiler.compile(text, "scenario");
    }

    private record Context(String instanceName, Clock clock) implements ConnectorContext {
    }
}
