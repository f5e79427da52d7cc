package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.PrimaryContractOrder;
import io.idbridge.engine.config.SourceSettings;
import io.idbridge.engine.config.SourceThresholds;
import io.idbridge.engine.config.Threshold;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.plan.TargetOrder;
import io.idbridge.runtime.config.ConfigSection;
import io.idbridge.runtime.config.Origins;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.runtime.plugin.ConnectorCatalog;
import io.idbridge.spi.source.SourceConnectorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the engine's sections of {@code idbridge { ... }}: source mappings and thresholds, the primary contract order,
 * each target's correlation, lifecycle, account fields, permissions, thresholds and pacing, and the business rules.
 * Every expression is compiled here, once; every problem is reported with the file and line of the value at fault.
 */
public final class EngineConfigReader implements ConfigSection {
    static final String ROOT = "idbridge";

    private final ConnectorCatalog catalog;
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    /** @param catalog the loaded connectors, for the default mappings of sources; null to check user keys only */
    public EngineConfigReader(ConnectorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Set<String> ownedKeys() {
        return Set.of("primary-contract", "aggregate-on", "rules", "sources.*.mapping", "sources.*.thresholds",
                "targets.*.correlation", "targets.*.lifecycle", "targets.*.account", "targets.*.account-on",
                "targets.*.permissions", "targets.*.thresholds", "targets.*.pacing");
    }

    @Override
    public void validate(Config root, ProblemCollector problems) {
        read(root, problems);
    }

    @Override
    public Map<String, String> documentation() {
        return EngineKeysDocumentation.DOCUMENTATION;
    }

    /** The engine configuration, or empty when any problem was added. */
    public Optional<EngineConfig> read(Config root, ProblemCollector problems) {
        int before = problems.size();
        if (!root.hasPath(ROOT)) {
            return Optional.empty();
        }
        Config idbridge = root.getConfig(ROOT);
        List<SourceSettings> sources = new ArrayList<>();
        forEachInstance(idbridge, "sources", (name, block) -> readSource(name, block, problems).ifPresent(sources::add));
        TargetReader targetReader = new TargetReader(compiler, problems);
        List<TargetSettings> targets = new ArrayList<>();
        forEachInstance(idbridge, "targets", (name, block) -> targets.add(targetReader.read(name, block)));
        PrimaryContractOrder order = primaryContract(idbridge, problems);
        List<BusinessRule> rules = rules(idbridge, targets, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        String aggregateOn = idbridge.hasPath("aggregate-on") ? idbridge.getString("aggregate-on")
                : EngineConfig.DEFAULT_AGGREGATE_ON;
        EngineConfig config = new EngineConfig(sources, order, targets, rules, aggregateOn, fingerprint(idbridge));
        try {
            TargetOrder.order(config);
        } catch (IllegalArgumentException cycle) {
            problems.add(ROOT + ".targets", cycle.getMessage(), idbridge.getValue("targets").origin());
            return Optional.empty();
        }
        return Optional.of(config);
    }

    private Optional<SourceSettings> readSource(String name, Config block, ProblemCollector problems) {
        String path = ROOT + ".sources." + name;
        Map<String, Expression> person = new LinkedHashMap<>();
        Map<String, Expression> contract = new LinkedHashMap<>();
        if (catalog != null && block.hasPath("connector")) {
            Optional<SourceConnectorFactory> factory = catalog.sourceFactory(block.getString("connector"));
            factory.ifPresent(found -> found.defaultMapping().forEach((field, text) -> compileMapping(person, contract,
                    field, text, path + ".mapping (default of " + found.name() + ")", problems, null)));
        }
        if (block.hasPath("mapping")) {
            ConfigValue mapping = block.getValue("mapping");
            if (mapping.valueType() != ConfigValueType.OBJECT) {
                problems.add(path + ".mapping", "must be an object of field = \"expression\"", mapping.origin());
            } else {
                HoconValues.leaves((ConfigObject) mapping, object -> false).forEach((field, value) -> {
                    String text = HoconValues.text(value);
                    if (text == null) {
                        problems.add(path + ".mapping." + field, "must be a CEL expression in quotes", value.origin());
                    } else {
                        compileMapping(person, contract, field, text, path + ".mapping." + field, problems, value);
                    }
                });
            }
        }
        SourceThresholds thresholds = sourceThresholds(block, path, problems);
        return Optional.of(new SourceSettings(name, person, contract, thresholds));
    }

    private void compileMapping(Map<String, Expression> person, Map<String, Expression> contract, String field,
                                String text, String where, ProblemCollector problems, ConfigValue value) {
        Map<String, Expression> into;
        String relative;
        if (field.startsWith("person.")) {
            into = person;
            relative = field.substring("person.".length());
        } else if (field.startsWith("contract.")) {
            into = contract;
            relative = field.substring("contract.".length());
        } else {
            problems.add(where, "a mapped field starts with person. or contract.", value == null ? null : value.origin());
            return;
        }
        String origin = value == null ? where : Origins.describe(value.origin()) + " (" + where + ")";
        try {
            into.put(relative, compiler.compile(text, origin));
        } catch (ExpressionException invalid) {
            problems.add(where, invalid.getMessage(), value == null ? null : value.origin());
        }
    }

    private static SourceThresholds sourceThresholds(Config block, String path, ProblemCollector problems) {
        Map<String, Threshold> byKey = Thresholds.block(block, Set.of("added", "removed", "blocked"),
                Thresholds.SOURCE_DEFAULTS, path, problems);
        return new SourceThresholds(byKey.get("added"), byKey.get("removed"), byKey.get("blocked"));
    }

    private static PrimaryContractOrder primaryContract(Config idbridge, ProblemCollector problems) {
        if (!idbridge.hasPath("primary-contract")) {
            return PrimaryContractOrder.DEFAULT;
        }
        ConfigValue value = idbridge.getValue("primary-contract");
        if (value.valueType() != ConfigValueType.LIST) {
            problems.add(ROOT + ".primary-contract", "must be a list such as [\"active desc\", \"fte desc\"]",
                    value.origin());
            return PrimaryContractOrder.DEFAULT;
        }
        List<PrimaryContractOrder.Criterion> criteria = new ArrayList<>();
        for (ConfigValue item : (ConfigList) value) {
            try {
                criteria.add(PrimaryContractOrder.Criterion.parse(String.valueOf(item.unwrapped())));
            } catch (IllegalArgumentException invalid) {
                problems.add(ROOT + ".primary-contract", invalid.getMessage(), item.origin());
            }
        }
        return new PrimaryContractOrder(criteria);
    }

    private List<BusinessRule> rules(Config idbridge, List<TargetSettings> targets, ProblemCollector problems) {
        List<BusinessRule> rules = new ArrayList<>();
        if (!idbridge.hasPath("rules")) {
            return rules;
        }
        ConfigValue value = idbridge.getValue("rules");
        if (value.valueType() != ConfigValueType.LIST) {
            problems.add(ROOT + ".rules", "must be a list of { name, when, grant }", value.origin());
            return rules;
        }
        int index = 0;
        for (ConfigValue item : (ConfigList) value) {
            String path = ROOT + ".rules[" + index++ + "]";
            if (item.valueType() != ConfigValueType.OBJECT) {
                problems.add(path, "must be an object { name, when, grant }", item.origin());
                continue;
            }
            new RuleReader(compiler, problems, targets).read(path, ((ConfigObject) item).toConfig(), item)
                    .ifPresent(rules::add);
        }
        return rules;
    }

    /**
     * A digest of everything the engine reads: the idbridge block without the connectors' own config blocks (which
     * hold credentials and do not change who gets what).
     */
    private static String fingerprint(Config idbridge) {
        Config engineOnly = idbridge;
        for (String group : List.of("sources", "targets")) {
            if (idbridge.hasPath(group) && idbridge.getValue(group).valueType() == ConfigValueType.OBJECT) {
                for (String name : idbridge.getObject(group).keySet()) {
                    engineOnly = engineOnly.withoutPath(group + "." + HoconValues.quote(name) + ".config");
                }
            }
        }
        String text = engineOnly.root().render(com.typesafe.config.ConfigRenderOptions.concise());
        return io.idbridge.engine.model.Sha256.hex(text);
    }

    static void forEachInstance(Config idbridge, String group, java.util.function.BiConsumer<String, Config> action) {
        if (!idbridge.hasPath(group) || idbridge.getValue(group).valueType() != ConfigValueType.OBJECT) {
            return;
        }
        ConfigObject instances = idbridge.getObject(group);
        instances.keySet().stream().sorted((left, right) -> Integer.compare(
                instances.get(left).origin().lineNumber(), instances.get(right).origin().lineNumber())).forEach(name -> {
                    if (instances.get(name).valueType() == ConfigValueType.OBJECT) {
                        action.accept(name, ((ConfigObject) instances.get(name)).toConfig());
                    }
                });
    }


}
