package io.idbridge.engine.config;

import java.util.List;
import java.util.Optional;

/**
 * Everything the engine needs to import, evaluate and plan.
 *
 * @param sources in configuration order; the first source's fields win when several feed one person
 * @param primaryContract how to choose each person's primary contract
 * @param targets in configuration order
 * @param rules the business rules
 * @param aggregateOn the person field (path) on which records of several sources are merged into one person;
 *     {@code externalId} by default
 * @param fingerprint a digest of the configuration text the engine reads; when it changes, every person is evaluated
 *     again
 */
public record EngineConfig(List<SourceSettings> sources, PrimaryContractOrder primaryContract,
                           List<TargetSettings> targets, List<BusinessRule> rules, String aggregateOn,
                           String fingerprint) {
    public static final String DEFAULT_AGGREGATE_ON = "externalId";

    public EngineConfig {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        rules = List.copyOf(rules);
        java.util.Objects.requireNonNull(aggregateOn, "aggregateOn is null");
        java.util.Objects.requireNonNull(fingerprint, "fingerprint is null");
    }

    /** A configuration built in code (tests): its fingerprint is fixed, so changes to it are not detected. */
    public EngineConfig(List<SourceSettings> sources, PrimaryContractOrder primaryContract,
                        List<TargetSettings> targets, List<BusinessRule> rules) {
        this(sources, primaryContract, targets, rules, DEFAULT_AGGREGATE_ON, "code");
    }

    public Optional<TargetSettings> target(String name) {
        return targets.stream().filter(target -> target.name().equals(name)).findFirst();
    }
}
