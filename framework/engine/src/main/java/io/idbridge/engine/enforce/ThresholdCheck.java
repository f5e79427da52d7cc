package io.idbridge.engine.enforce;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.Threshold;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.engine.store.StateStore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Target thresholds: per target and action type, a count or a percentage. When a plan reaches one, every action of
 * that type in that target is held for approval, and the other types still run (partial enforcement, as in HelloID).
 * Percentages of account actions are of the target's existing accounts; of grants and revokes, of the permissions held.
 */
final class ThresholdCheck {
    private ThresholdCheck() {
    }

    /** The reason per held (target, action type) key {@code target/type}, e.g. "delete: 20 of 100 accounts ≥ 5%". */
    static Map<String, String> held(EngineConfig config, Plan plan, StateStore store) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (PlannedAction action : plan.actions()) {
            counts.computeIfAbsent(action.target(), target -> new HashMap<>())
                    .merge(action.type().configName(), 1L, Long::sum);
        }
        Map<String, String> held = new LinkedHashMap<>();
        for (TargetSettings target : config.targets()) {
            Map<String, Long> byType = counts.getOrDefault(target.name(), Map.of());
            if (byType.isEmpty() || target.thresholds().byActionType().isEmpty()) {
                continue;
            }
            long accounts = store.countAccounts(target.name());
            long permissions = store.countPermissions(target.name());
            byType.forEach((type, count) -> {
                Optional<Threshold> threshold = target.thresholds().forType(type);
                boolean permissionAction = type.equals("grant") || type.equals("revoke");
                long base = permissionAction ? permissions : accounts;
                if (threshold.isPresent() && threshold.get().crossedBy(count, base)) {
                    held.put(key(target.name(), type), type + ": " + count + " actions"
                            + (threshold.get().percentage() ? " of " + base + (permissionAction ? " permissions" : " accounts")
                            : "") + " reach the threshold of " + threshold.get());
                }
            });
        }
        return held;
    }

    static String key(String target, String configType) {
        return target + "/" + configType;
    }

    static String key(PlannedAction action) {
        return key(action.target(), action.type().configName());
    }

}
