package io.idbridge.engine.evaluate;

import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the business rules to one person. Every contract is tested, past, current and future, so that timing can
 * act on future starters and leavers; whether a contract is current is the lifecycle's decision, not the rule's
 * (rules can still test {@code contract.active}).
 */
public final class RuleEvaluator {
    private final List<BusinessRule> rules;

    public RuleEvaluator(List<BusinessRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Entitlements evaluate(Person person, Map<String, Object> personView, LocalDate today) {
        Map<EntitlementRef, List<Contract>> contracts = new LinkedHashMap<>();
        Map<EntitlementRef, Set<String>> grantingRules = new HashMap<>();
        List<Map<String, Object>> contractViews = new ArrayList<>();
        person.contracts().forEach(contract -> contractViews.add(PersonView.contractOf(personView, person, contract,
                today)));
        for (BusinessRule rule : rules) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("person", personView);
            variables.put("today", today.toString());
            if (rule.personCondition() != null && !rule.personCondition().test(variables)) {
                continue;
            }
            List<Contract> inConditions = new ArrayList<>();
            for (int index = 0; index < person.contracts().size(); index++) {
                variables.put("contract", contractViews.get(index));
                if (rule.contractCondition() == null || rule.contractCondition().test(variables)) {
                    inConditions.add(person.contracts().get(index));
                }
            }
            if (inConditions.isEmpty()) {
                continue;
            }
            for (EntitlementRef grant : rule.grants()) {
                List<Contract> existing = contracts.computeIfAbsent(grant, key -> new ArrayList<>());
                inConditions.stream().filter(contract -> !existing.contains(contract)).forEach(existing::add);
                grantingRules.computeIfAbsent(grant, key -> new LinkedHashSet<>()).add(rule.name());
            }
        }
        return new Entitlements(contracts, grantingRules);
    }
}
