package io.idbridge.distribution;

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
import io.idbridge.engine.config.Threshold;
import io.idbridge.engine.config.UniqueField;
import io.idbridge.engine.enforce.EnforcementListener;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.fake.MutableClock;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
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
 * The engine in this JVM with the production pieces around it: a SQLite state store, the real HelloID connector
 * (made by its factory) against a {@link HelloIdSimulator}, the production retry policy, and a paged HR source. The
 * configuration is the demo's in code: user names from first and family name with an iteration, correlation on
 * {@code userAttributes.employeeId}, an "All staff" group, a department group per contract (created when missing),
 * a "Laptop" product for ICT; create 14 and enable 0 days before the start, disable on the day after the end, delete
 * {@value #DELETE_DAYS} days after disabling.
 */
final class EngineWorld implements AutoCloseable {
    static final int DELETE_DAYS = 30;

    final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 1));
    final PagedHrSource source = new PagedHrSource();
    final StateStore store;
    private final TargetConnector connector;
    private final Engine engine;
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    /**
     * @param targetThresholds action type (e.g. {@code delete}) to threshold (e.g. {@code 5%})
     * @param inFlight actions running at once against HelloID
     */
    EngineWorld(HelloIdSimulator simulator, Path directory, Map<String, String> targetThresholds, int inFlight) {
        requireNonNull(simulator, "simulator is null");
        store = StateStores.open("jdbc:sqlite:" + directory.resolve("state.db"));
        HelloIdTargetConnectorFactory factory = new HelloIdTargetConnectorFactory();
        // unpaced on purpose: the simulator's rate limit, when on, must be met by 429s and waited out
        connector = factory.create(new Context("helloid", clock), new ConnectorConfig(factory.configSpec(), Map.of(
                "base-url", simulator.baseUrl(),
                "api-key", HelloIdSimulator.DEFAULT_API_KEY,
                "api-secret", new Secret(HelloIdSimulator.DEFAULT_API_SECRET),
                "requests-per-second", 0.0)));
        engine = new Engine(config(targetThresholds, inFlight), Map.of("hr", source), Map.of("helloid", connector),
                store, clock, Retrier.withDefaults(), EnforcementListener.NONE);
    }

    Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        connector.close();
        store.close();
    }

    private EngineConfig config(Map<String, String> targetThresholds, int inFlight) {
        SourceSettings hr = new SourceSettings("hr",
                Map.of("externalId", e("source.employee_id"), "name.nick", e("source.first_name"),
                        "name.family", e("source.last_name"), "contact.business.email", e("source.email")),
                Map.of("externalId", e("sourceContract.contract_id"), "startDate", e("sourceContract.start_date"),
                        "endDate", e("sourceContract.end_date"), "department.code", e("sourceContract.department_code")),
                SourceThresholds.NONE);
        AccountMapping account = new AccountMapping(
                Map.of("firstName", e("person.name.nick"), "lastName", e("person.name.familyWithPrefix"),
                        "contactEmail", e("person.contact.business.email"),
                        "userAttributes.employeeId", e("person.externalId"),
                        "userAttributes.department", e("person.primaryContract.department.code")),
                Map.of(),
                Map.of("userAttributes.description", e("'Enabled by IdBridge'")),
                Map.of("userAttributes.description", e("'Disabled by IdBridge'")),
                List.of(new UniqueField("userName", List.of(
                        e("normalize(person.name.nick + '.' + person.name.family) + '@example.org'"),
                        e("normalize(person.name.nick + '.' + person.name.family) + string(iteration) + '@example.org'")),
                        UniqueField.DEFAULT_MAX_ITERATIONS)));
        Map<String, Threshold> thresholds = new java.util.LinkedHashMap<>();
        targetThresholds.forEach((type, threshold) -> thresholds.put(type, Threshold.parse(threshold)));
        TargetSettings helloid = new TargetSettings("helloid",
                new CorrelationSettings(e("person.externalId"), "userAttributes.employeeId"),
                new LifecyclePolicy(14, 0, 0, DELETE_DAYS), account,
                Map.of("staff", new PermissionDefinition("staff", "group", "All staff", null, false),
                        "departments", new PermissionDefinition("departments", "group", null,
                                e("'department_' + contract.department.code"), true),
                        "laptop", new PermissionDefinition("laptop", "product", "Laptop", null, false)),
                new ActionThresholds(thresholds), new Pacing(inFlight, Duration.ofSeconds(30)));
        BusinessRule employees = new BusinessRule("Employees", null, null,
                List.of(new EntitlementRef("helloid", "account"), new EntitlementRef("helloid", "staff"),
                        new EntitlementRef("helloid", "departments")));
        BusinessRule laptops = new BusinessRule("ICT gets a laptop", null, e("contract.department.code == 'ICT'"),
                List.of(new EntitlementRef("helloid", "laptop")));
        return new EngineConfig(List.of(hr), PrimaryContractOrder.DEFAULT, List.of(helloid), List.of(employees, laptops));
    }

    private Expression e(String text) {
        return compiler.compile(text, "EngineWorld");
    }

    private record Context(String instanceName, Clock clock) implements ConnectorContext {
    }
}
