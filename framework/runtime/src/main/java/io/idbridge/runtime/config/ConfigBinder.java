package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.runtime.plugin.ConnectorCatalog;
import io.idbridge.runtime.plugin.ConnectorKind;
import io.idbridge.spi.ConnectorFactory;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Binds a whole resolved configuration: engine settings, every source and target (its {@code config} block through
 * its connector's spec) and the engine's {@link ConfigSection}s. Every problem is collected; nothing stops early.
 */
public final class ConfigBinder {
    private static final Pattern INSTANCE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final String CONNECTOR = "connector";
    private static final String CONFIG = "config";

    private final ConnectorCatalog catalog;
    private final List<ConfigSection> sections;

    public ConfigBinder(ConnectorCatalog catalog, List<ConfigSection> sections) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.sections = List.copyOf(requireNonNull(sections, "sections is null"));
    }

    /**
     * Binds {@code root}; relative paths resolve against {@code home}.
     *
     * @return the configuration when no problem was found (in this call); empty otherwise
     */
    public Optional<IdBridgeConfig> bind(Config root, Path home, ProblemCollector problems) {
        int problemsBefore = problems.size();
        Set<String> ownedElsewhere = new TreeSet<>(Set.of("sources", "targets"));
        ownedElsewhere.addAll(sectionKeys(""));
        Optional<EngineSettings> engine = EngineSpec.bind(root, home, ownedElsewhere, problems);
        if (!root.hasPath(EngineSpec.ROOT) || root.getValue(EngineSpec.ROOT).valueType() != ConfigValueType.OBJECT) {
            return Optional.empty();
        }
        Config idbridge = root.getConfig(EngineSpec.ROOT);
        List<ConnectorInstance> sources = instances(idbridge, ConnectorKind.SOURCE, problems);
        List<ConnectorInstance> targets = instances(idbridge, ConnectorKind.TARGET, problems);
        for (ConfigSection section : sections) {
            section.validate(root, problems);
        }
        if (engine.isEmpty() || problems.size() != problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new IdBridgeConfig(engine.get(), sources, targets, root));
    }

    private List<ConnectorInstance> instances(Config idbridge, ConnectorKind kind, ProblemCollector problems) {
        String group = kind == ConnectorKind.SOURCE ? "sources" : "targets";
        String groupPath = EngineSpec.ROOT + "." + group;
        if (!idbridge.hasPath(group)) {
            return List.of();
        }
        ConfigValue groupValue = idbridge.getValue(group);
        if (groupValue.valueType() != ConfigValueType.OBJECT) {
            problems.add(groupPath, "expected an object of named " + group + ", e.g. " + group + " { name { ... } }",
                    groupValue.origin());
            return List.of();
        }
        List<ConnectorInstance> instances = new ArrayList<>();
        ((ConfigObject) groupValue).entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ConfigValue> entry) -> entry.getValue().origin().lineNumber())
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> instance(entry.getKey(), entry.getValue(), kind, groupPath, problems)
                        .ifPresent(instances::add));
        return instances;
    }

    private Optional<ConnectorInstance> instance(String name, ConfigValue value, ConnectorKind kind, String groupPath,
                                                 ProblemCollector problems) {
        String path = groupPath + "." + name;
        if (!INSTANCE_NAME.matcher(name).matches()) {
            problems.add(path, "instance names use lower-case letters, digits, '-' and '_'", value.origin());
            return Optional.empty();
        }
        if (value.valueType() != ConfigValueType.OBJECT) {
            problems.add(path, "expected an object with connector = <name> and config { ... }", value.origin());
            return Optional.empty();
        }
        Config block = ((ConfigObject) value).toConfig();
        reportUnknownInstanceKeys(block, kind, path, problems);
        Optional<? extends ConnectorFactory> factory = factory(block, kind, path, value, problems);
        Optional<Config> configBlock = configBlock(block, path, problems);
        if (factory.isEmpty() || configBlock.isEmpty()) {
            return Optional.empty();
        }
        ConfigSpec spec = factory.get().configSpec();
        Optional<ConnectorConfig> config = SpecBinder.bind(configBlock.get(), path + "." + CONFIG,
                block.hasPath(CONFIG) ? block.getValue(CONFIG).origin() : value.origin(), spec, Set.of(), problems);
        return config.map(bound -> new ConnectorInstance(name, kind, factory.get().name(), bound, block));
    }

    private Optional<? extends ConnectorFactory> factory(Config block, ConnectorKind kind, String path,
                                                         ConfigValue value, ProblemCollector problems) {
        if (!block.hasPath(CONNECTOR) || block.getValue(CONNECTOR).valueType() != ConfigValueType.STRING) {
            problems.add(path + "." + CONNECTOR, "missing connector = <connector name>", value.origin());
            return Optional.empty();
        }
        String connectorName = block.getString(CONNECTOR);
        Optional<? extends ConnectorFactory> factory = kind == ConnectorKind.SOURCE
                ? catalog.sourceFactory(connectorName)
                : catalog.targetFactory(connectorName);
        if (factory.isEmpty()) {
            problems.add(path + "." + CONNECTOR, unknownConnector(connectorName, kind), block.getValue(CONNECTOR).origin());
        }
        return factory;
    }

    private String unknownConnector(String connectorName, ConnectorKind kind) {
        List<String> available = (kind == ConnectorKind.SOURCE ? catalog.sourceFactories() : catalog.targetFactories())
                .stream().map(ConnectorFactory::name).toList();
        boolean otherKind = kind == ConnectorKind.SOURCE
                ? catalog.targetFactory(connectorName).isPresent()
                : catalog.sourceFactory(connectorName).isPresent();
        String message = otherKind
                ? connectorName + " is a " + (kind == ConnectorKind.SOURCE ? "target" : "source") + " connector, not a "
                        + kind.displayName() + " connector"
                : "unknown " + kind.displayName() + " connector " + connectorName + Suggestions.hint(connectorName, available);
        return available.isEmpty()
                ? message + " (no " + kind.displayName() + " connectors are loaded; see idbridge plugins)"
                : message + " (available: " + String.join(", ", available) + ")";
    }

    private static Optional<Config> configBlock(Config block, String path, ProblemCollector problems) {
        if (!block.hasPath(CONFIG)) {
            return Optional.of(ConfigFactory.empty());
        }
        ConfigValue value = block.getValue(CONFIG);
        if (value.valueType() != ConfigValueType.OBJECT) {
            problems.add(path + "." + CONFIG, "expected an object: config { key = value, ... }", value.origin());
            return Optional.empty();
        }
        return Optional.of(((ConfigObject) value).toConfig());
    }

    private void reportUnknownInstanceKeys(Config block, ConnectorKind kind, String path, ProblemCollector problems) {
        Set<String> known = new TreeSet<>(Set.of(CONNECTOR, CONFIG));
        known.addAll(sectionKeys(kind == ConnectorKind.SOURCE ? "sources.*." : "targets.*."));
        block.root().forEach((key, value) -> {
            if (!known.contains(key)) {
                problems.add(path + "." + key, "unknown key " + key + Suggestions.hint(key, known), value.origin());
            }
        });
    }

    /** The first segment after {@code prefix} of every section-owned key that starts with it. */
    private Set<String> sectionKeys(String prefix) {
        Set<String> keys = new TreeSet<>();
        for (ConfigSection section : sections) {
            for (String owned : section.ownedKeys()) {
                if (prefix.isEmpty() ? !owned.contains("*") : owned.startsWith(prefix)) {
                    String rest = owned.substring(prefix.length());
                    int dot = rest.indexOf('.');
                    keys.add(dot < 0 ? rest : rest.substring(0, dot));
                }
            }
        }
        return keys;
    }
}
