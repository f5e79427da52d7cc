package io.idbridge.engine.evaluate;

import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.model.Contract;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the business rules grant one person: per entitlement, the contracts in conditions (those that satisfied a
 * granting rule), and the names of the rules that granted it.
 */
public record Entitlements(Map<EntitlementRef, List<Contract>> contractsInConditions,
                           Map<EntitlementRef, Set<String>> grantingRules) {
    public Entitlements {
        contractsInConditions = Map.copyOf(contractsInConditions);
        grantingRules = Map.copyOf(grantingRules);
    }

    public List<Contract> contracts(EntitlementRef entitlement) {
        return contractsInConditions.getOrDefault(entitlement, List.of());
    }

    public Set<String> rules(EntitlementRef entitlement) {
        return grantingRules.getOrDefault(entitlement, Set.of());
    }
}
