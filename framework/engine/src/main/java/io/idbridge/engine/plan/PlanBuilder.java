package io.idbridge.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects drafted actions target by target and numbers them: each target's resources first, then every person's
 * actions as a chain (each waits for the one before), the first of a chain waiting for the person's last action in the
 * targets this target depends on.
 */
final class PlanBuilder {
    private final List<PlannedAction> actions = new ArrayList<>();
    private final List<PlanProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lastSequence = new HashMap<>();

    /** Adds one target's drafts. */
    void addTarget(String target, Set<String> dependsOnTargets, List<Draft> resources,
                   Map<String, List<Draft>> personActions) {
        for (Draft draft : resources) {
            actions.add(new PlannedAction(actions.size() + 1, target, null, draft.type(), draft.payload(), null,
                    draft.reason()));
        }
        int first = actions.size();
        Map<String, Integer> creates = new HashMap<>();
        personActions.forEach((personId, drafts) -> {
            Integer previous = dependsOnTargets.stream().map(other -> lastSequence.get(key(other, personId)))
                    .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
            for (Draft draft : drafts) {
                int sequence = actions.size() + 1;
                actions.add(new PlannedAction(sequence, target, personId, draft.type(), draft.payload(), previous,
                        draft.reason()));
                if (draft.type() == ActionType.CREATE || draft.type() == ActionType.CORRELATE) {
                    creates.put(personId, sequence);
                }
                previous = sequence;
            }
            if (previous != null) {
                lastSequence.put(key(target, personId), previous);
            }
        });
        // a create waits for the manager's create in the same run, so that it can name the manager's account
        for (int index = first; index < actions.size(); index++) {
            PlannedAction action = actions.get(index);
            Object managerId = action.payload().get("managerId");
            Integer managerCreate = managerId == null ? null : creates.get(managerId.toString());
            if (action.type() == ActionType.CREATE && managerCreate != null) {
                Map<String, Object> payload = new LinkedHashMap<>(action.payload());
                payload.put("waitsFor", managerCreate);
                actions.set(index, new PlannedAction(action.sequence(), action.target(), action.personId(),
                        action.type(), payload, action.dependsOn(), action.reason()));
            }
        }
    }

    void problem(PlanProblem problem) {
        problems.add(problem);
    }

    List<PlannedAction> actions() {
        return actions;
    }

    List<PlanProblem> problems() {
        return problems;
    }

    private static String key(String target, String personId) {
        return target + "\u0000" + personId;
    }

    /** An action before it has a sequence. */
    record Draft(ActionType type, Map<String, Object> payload, String reason) {
        Draft {
            payload = new LinkedHashMap<>(payload);
        }
    }
}
