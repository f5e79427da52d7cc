package io.idbridge.engine;

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
import io.idbridge.engine.enforce.RetryPolicy;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.fake.InMemorySource;
import io.idbridge.engine.fake.InMemoryTarget;
import io.idbridge.engine.fake.MutableClock;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine over an in-memory source and target and a real SQLite store, configured like a typical HelloID setup:
 * one rule granting the account, an "All staff" group and a department group per contract, user names from nick and
 * family name with an iteration, correlation on employee id, create 14 days and enable 0 days before start.
 */
public final class EngineHarness implements AutoCloseable {
    public final MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 1));
    public final InMemorySource source = new InMemorySource();
    public final InMemoryTarget target = new InMemoryTarget().group("All staff");
    public final StateStore store;
    private final ExpressionCompiler compiler = new ExpressionCompiler();
    private Integer deleteDaysAfterDisable = 30;
    private SourceThresholds sourceThresholds = SourceThresholds.NONE;
    private Map<String, Threshold> targetThresholds = Map.of();
    private EnforcementListener listener = EnforcementListener.NONE;

    public EngineHarness(Path directory) {
        store = StateStores.open("jdbc:sqlite:" + directory.resolve("state.db"));
    }

    public EngineHarness sourceThresholds(SourceThresholds thresholds) {
        sourceThresholds = thresholds;
        return this;
    }

    public EngineHarness targetThreshold(String actionType, String threshold) {
        Map<String, Threshold> thresholds = new LinkedHashMap<>(targetThresholds);
        thresholds.put(actionType, Threshold.parse(threshold));
        targetThresholds = thresholds;
        return this;
    }

    public EngineHarness listener(EnforcementListener listener) {
        this.listener = listener;
        return this;
    }

    public Engine engine() {
        return new Engine(config(), Map.of("hr", source), Map.of("helloid", target), store, clock,
                new Retrier(new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1)),
                        duration -> { }),
                listener);
    }

    public EngineConfig config() {
        SourceSettings hr = new SourceSettings("hr",
                Map.of("externalId", e("source.id"), "name.nick", e("source.nick"), "name.family", e("source.family"),
                        "manager", e("has(source.manager) ? source.manager : ''")),
                Map.of("externalId", e("sourceContract.id"), "startDate", e("sourceContract.start"),
                        "endDate", e("sourceContract.end"), "department.code", e("sourceContract.dept")),
                sourceThresholds);
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
                new LifecyclePolicy(14, 0, 0, deleteDaysAfterDisable), account,
                Map.of("staff", new PermissionDefinition("staff", "group", "All staff", null, false),
                        "departments", new PermissionDefinition("departments", "group", null,
                                e("'department_' + contract.department.code"), true),
                        "laptop", new PermissionDefinition("laptop", "product", "Laptop", null, false)),
                new ActionThresholds(targetThresholds), new Pacing(4, Duration.ofSeconds(30)));
        BusinessRule employees = new BusinessRule("Employees", null, e("contract.department.code != 'EXT'"),
                List.of(new EntitlementRef("helloid", "account"), new EntitlementRef("helloid", "staff"),
                        new EntitlementRef("helloid", "departments")));
        BusinessRule laptops = new BusinessRule("Laptops", null, e("contract.department.code == 'ICT'"),
                List.of(new EntitlementRef("helloid", "laptop")));
        return new EngineConfig(List.of(hr), PrimaryContractOrder.DEFAULT, List.of(helloid), List.of(employees, laptops));
    }

    public Expression e(String text) {
        return compiler.compile(text, "test");
    }

    @Override
    public void close() {
        store.close();
    }
}
