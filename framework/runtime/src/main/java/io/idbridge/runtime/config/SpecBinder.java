package io.idbridge.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import io.idbridge.spi.config.ConfigKey;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.config.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a HOCON block against a {@link ConfigSpec}. Reports every problem of the block at once: unknown keys (with a
 * "did you mean" hint), missing required keys, values of the wrong type and failed validators, each at the file and
 * line of the value (or of the block, for a missing key). Secret values never appear in a problem.
 */
public final class SpecBinder {
    private SpecBinder() {
    }

    /**
     * Binds {@code block} (keys relative to {@code path}).
     *
     * @param path the block's full path for messages, e.g. {@code idbridge.targets.helloid.config}
     * @param blockOrigin where the block is (for missing keys); may be null
     * @param ignoredKeys top-level keys of the block that others own and this binder must not call unknown
     * @return the bound config when this block has no problem; empty otherwise
     */
    public static Optional<ConnectorConfig> bind(Config block, String path, ConfigOrigin blockOrigin, ConfigSpec spec,
                                                 Set<String> ignoredKeys, ProblemCollector problems) {
        int problemsBefore = problems.size();
        Map<String, Object> values = new HashMap<>();
        for (ConfigKey key : spec.keys()) {
            String fullPath = join(path, key.name());
            if (!hasPath(block, key.name(), fullPath, problems)) {
                if (key.required()) {
                    problems.add(fullPath, "missing required key (" + key.type().displayName() + "): "
                            + key.description(), blockOrigin);
                }
                continue;
            }
            Optional<Object> value = ValueBinder.convert(block, key, fullPath, problems);
            value.ifPresent(bound -> {
                validate(key, bound, fullPath, block.getValue(key.name()).origin(), problems);
                values.put(key.name(), bound);
            });
        }
        reportUnknownKeys(block, path, spec, ignoredKeys, problems);
        return problems.size() == problemsBefore ? Optional.of(new ConnectorConfig(spec, values)) : Optional.empty();
    }

    /** A dotted key whose parent is a scalar (e.g. {@code paging = 5} for {@code paging.size}) is reported, not thrown. */
    private static boolean hasPath(Config block, String name, String fullPath, ProblemCollector problems) {
        try {
            return block.hasPath(name);
        } catch (ConfigException e) {
            problems.add(fullPath, "cannot be read: a parent of this key is not an object", e.origin());
            return false;
        }
    }

    private static void validate(ConfigKey key, Object value, String fullPath, ConfigOrigin origin,
                                 ProblemCollector problems) {
        Optional<Validator> validator = key.extraValidator();
        if (validator.isEmpty()) {
            return;
        }
        try {
            validator.get().check(value).ifPresent(message -> problems.add(fullPath, masked(message, value), origin));
        } catch (RuntimeException e) {
            problems.add(fullPath, "cannot be checked: the validator failed with " + e.getClass().getSimpleName(), origin);
        }
    }

    /** A validator's message could quote the value; a secret's value is replaced by the mask. */
    private static String masked(String message, Object value) {
        if (value instanceof Secret secret && !secret.reveal().isEmpty()) {
            return message.replace(secret.reveal(), Secret.MASK);
        }
        return message;
    }

    private static void reportUnknownKeys(Config block, String path, ConfigSpec spec, Set<String> ignoredKeys,
                                          ProblemCollector problems) {
        List<String> declared = spec.keys().stream().map(ConfigKey::name).toList();
        block.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    String leaf = entry.getKey();
                    if (isDeclared(leaf, declared) || ignoredKeys.contains(firstSegment(leaf))) {
                        return;
                    }
                    ConfigValue value = entry.getValue();
                    problems.add(join(path, leaf), "unknown key " + leaf + Suggestions.hint(leaf, declared),
                            value.origin());
                });
    }

    private static boolean isDeclared(String leaf, List<String> declared) {
        for (String name : declared) {
            if (leaf.equals(name) || leaf.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String firstSegment(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
