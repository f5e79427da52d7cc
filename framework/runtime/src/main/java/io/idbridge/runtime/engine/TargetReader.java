package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.engine.config.AccountMapping;
import io.idbridge.engine.config.ActionThresholds;
import io.idbridge.engine.config.CorrelationSettings;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.Pacing;
import io.idbridge.engine.config.PermissionDefinition;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.config.UniqueField;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.runtime.config.Origins;
import io.idbridge.runtime.config.ProblemCollector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the engine's keys of one target block. Invalid parts are reported and replaced by defaults. */
final class TargetReader {
    static final Set<String> ACTION_TYPES = Set.of("create", "update", "enable", "disable", "delete", "grant", "revoke",
            "create-resource");
    private static final Set<String> PERMISSION_TYPES_BY_KEY = Set.of("group", "product");

    private final ExpressionCompiler compiler;
    private final ProblemCollector problems;

    TargetReader(ExpressionCompiler compiler, ProblemCollector problems) {
        this.compiler = compiler;
        this.problems = problems;
    }

    TargetSettings read(String name, Config block) {
        String path = EngineConfigReader.ROOT + ".targets." + name;
        return new TargetSettings(name, correlation(block, path), lifecycle(block, path), account(block, path),
                permissions(block, path), thresholds(block, path), pacing(block, path));
    }

    private CorrelationSettings correlation(Config block, String path) {
        if (!block.hasPath("correlation")) {
            return null;
        }
        Config correlation = block.getConfig("correlation");
        Thresholds.unknownKeys(correlation, Set.of("person", "account"), path + ".correlation", problems);
        if (!correlation.hasPath("person") || !correlation.hasPath("account")) {
            problems.add(path + ".correlation", "needs both person (an expression) and account (a field name)",
                    block.getValue("correlation").origin());
            return null;
        }
        Expression person = expression(correlation.getValue("person"), path + ".correlation.person");
        return person == null ? null : new CorrelationSettings(person, correlation.getString("account"));
    }

    private LifecyclePolicy lifecycle(Config block, String path) {
        if (!block.hasPath("lifecycle")) {
            return LifecyclePolicy.DEFAULT;
        }
        Config lifecycle = block.getConfig("lifecycle");
        Thresholds.unknownKeys(lifecycle, Set.of("create-days-before-start", "enable-days-before-start",
                "disable-days-after-end", "delete-days-after-disable"), path + ".lifecycle", problems);
        try {
            return new LifecyclePolicy(days(lifecycle, "create-days-before-start", 0),
                    days(lifecycle, "enable-days-before-start", 0), days(lifecycle, "disable-days-after-end", 0),
                    lifecycle.hasPath("delete-days-after-disable") ? lifecycle.getInt("delete-days-after-disable") : null);
        } catch (ConfigException.WrongType wrongType) {
            problems.add(path + ".lifecycle", "days must be whole numbers: " + wrongType.getMessage(),
                    wrongType.origin());
        } catch (IllegalArgumentException invalid) {
            problems.add(path + ".lifecycle", invalid.getMessage(), block.getValue("lifecycle").origin());
        }
        return LifecyclePolicy.DEFAULT;
    }

    private static int days(Config lifecycle, String key, int fallback) {
        return lifecycle.hasPath(key) ? lifecycle.getInt(key) : fallback;
    }

    private AccountMapping account(Config block, String path) {
        Map<String, Expression> fields = new LinkedHashMap<>();
        List<UniqueField> unique = new ArrayList<>();
        if (block.hasPath("account")) {
            HoconValues.leaves(block.getObject("account"), object -> object.containsKey("candidates"))
                    .forEach((field, value) -> {
                        if (value.valueType() == ConfigValueType.OBJECT) {
                            uniqueField(field, ((ConfigObject) value).toConfig(), path + ".account." + field, value)
                                    .ifPresent(unique::add);
                        } else {
                            putExpression(fields, field, value, path + ".account." + field);
                        }
                    });
        }
        Map<String, Map<String, Expression>> perAction = new LinkedHashMap<>();
        for (String action : List.of("create", "enable", "disable", "delete")) {
            perAction.put(action, new LinkedHashMap<>());
        }
        if (block.hasPath("account-on")) {
            Config accountOn = block.getConfig("account-on");
            Thresholds.unknownKeys(accountOn, perAction.keySet(), path + ".account-on", problems);
            perAction.forEach((action, into) -> {
                if (accountOn.hasPath(action)) {
                    HoconValues.leaves(accountOn.getObject(action), object -> false).forEach((field, value) ->
                            putExpression(into, field, value, path + ".account-on." + action + "." + field));
                }
            });
        }
        return new AccountMapping(fields, perAction.get("create"), perAction.get("enable"), perAction.get("disable"),
                perAction.get("delete"), unique);
    }

    private java.util.Optional<UniqueField> uniqueField(String field, Config declaration, String path,
                                                        ConfigValue value) {
        Thresholds.unknownKeys(declaration, Set.of("unique", "candidates", "max-iterations"), path, problems);
        List<Expression> candidates = new ArrayList<>();
        int index = 0;
        for (ConfigValue candidate : declaration.getList("candidates")) {
            Expression expression = expression(candidate, path + ".candidates[" + index++ + "]");
            if (expression != null) {
                candidates.add(expression);
            }
        }
        if (candidates.isEmpty()) {
            problems.add(path + ".candidates", "needs at least one candidate expression", value.origin());
            return java.util.Optional.empty();
        }
        int limit = declaration.hasPath("max-iterations") ? declaration.getInt("max-iterations")
                : UniqueField.DEFAULT_MAX_ITERATIONS;
        return java.util.Optional.of(new UniqueField(field, candidates, limit));
    }

    private Map<String, PermissionDefinition> permissions(Config block, String path) {
        Map<String, PermissionDefinition> permissions = new LinkedHashMap<>();
        if (!block.hasPath("permissions")) {
            return permissions;
        }
        ConfigObject all = block.getObject("permissions");
        for (String name : all.keySet()) {
            String where = path + ".permissions." + HoconValues.quote(name);
            ConfigValue value = all.get(name);
            if (value.valueType() != ConfigValueType.OBJECT) {
                problems.add(where, "must be { group = \"name\" }, { product = \"name\" } or "
                        + "{ dynamic = \"expression\", type = group }", value.origin());
                continue;
            }
            Config definition = ((ConfigObject) value).toConfig();
            Thresholds.unknownKeys(definition, Set.of("group", "product", "type", "dynamic", "create-missing"), where,
                    problems);
            String fixedName = null;
            String type = definition.hasPath("type") ? definition.getString("type") : null;
            for (String typeKey : PERMISSION_TYPES_BY_KEY) {
                if (definition.hasPath(typeKey)) {
                    fixedName = definition.getString(typeKey);
                    type = typeKey;
                }
            }
            Expression dynamic = definition.hasPath("dynamic")
                    ? expression(definition.getValue("dynamic"), where + ".dynamic") : null;
            boolean createMissing = definition.hasPath("create-missing") && definition.getBoolean("create-missing");
            if ((fixedName == null) == (dynamic == null && !definition.hasPath("dynamic")) || type == null) {
                problems.add(where, "give exactly one of group = \"name\", product = \"name\" or dynamic = "
                        + "\"expression\" (with type = group)", value.origin());
                continue;
            }
            if (fixedName != null || dynamic != null) {
                permissions.put(name, new PermissionDefinition(name, type, fixedName, dynamic, createMissing));
            }
        }
        return permissions;
    }

    private ActionThresholds thresholds(Config block, String path) {
        return new ActionThresholds(Thresholds.block(block, ACTION_TYPES, Thresholds.TARGET_DEFAULTS, path, problems));
    }

    private Pacing pacing(Config block, String path) {
        if (!block.hasPath("pacing")) {
            return Pacing.DEFAULT;
        }
        Config pacing = block.getConfig("pacing");
        Thresholds.unknownKeys(pacing, Set.of("in-flight", "action-timeout"), path + ".pacing", problems);
        try {
            int inFlight = pacing.hasPath("in-flight") ? pacing.getInt("in-flight") : Pacing.DEFAULT.inFlight();
            Duration timeout = pacing.hasPath("action-timeout") ? pacing.getDuration("action-timeout")
                    : Pacing.DEFAULT.actionTimeout();
            if (inFlight < 1 || inFlight > 64) {
                problems.add(path + ".pacing.in-flight", "must be between 1 and 64", pacing.getValue("in-flight").origin());
            }
            return new Pacing(Math.max(1, Math.min(64, inFlight)), timeout);
        } catch (ConfigException.WrongType | ConfigException.BadValue invalid) {
            problems.add(path + ".pacing", invalid.getMessage(), invalid.origin());
            return Pacing.DEFAULT;
        }
    }

    private void putExpression(Map<String, Expression> into, String field, ConfigValue value, String path) {
        Expression expression = expression(value, path);
        if (expression != null) {
            into.put(field, expression);
        }
    }

    private Expression expression(ConfigValue value, String path) {
        String text = HoconValues.text(value);
        if (text == null) {
            problems.add(path, "must be a CEL expression in quotes", value.origin());
            return null;
        }
        try {
            return compiler.compile(text, Origins.describe(value.origin()) + " (" + path + ")");
        } catch (ExpressionException invalid) {
            problems.add(path, invalid.getMessage(), value.origin());
            return null;
        }
    }
}
