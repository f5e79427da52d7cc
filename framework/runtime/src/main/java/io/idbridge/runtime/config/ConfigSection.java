package io.idbridge.runtime.config;

import com.typesafe.config.Config;
import java.util.Map;
import java.util.Set;

/**
 * A part of the configuration the engine owns (mapping, rules, thresholds, notifications, ...). The runtime validates
 * engine settings and connector blocks itself and hands the rest to sections; a key no section owns is reported as
 * unknown. Implementations must be offline and must report every problem rather than stop at the first.
 */
public interface ConfigSection {
    /**
     * The keys this section owns, relative to {@code idbridge}; {@code *} stands for any source or target name.
     * Examples: {@code rules}, {@code primary-contract}, {@code sources.*.mapping}, {@code targets.*.correlation}.
     * Only the first segment after the instance name matters: owning {@code targets.*.account} owns everything below.
     */
    Set<String> ownedKeys();

    /** Validates the owned keys of the whole resolved config, adding every problem with its origin. */
    void validate(Config root, ProblemCollector problems);

    /** Documentation of owned keys for the generated reference: owned key to a short description. */
    default Map<String, String> documentation() {
        return Map.of();
    }
}
