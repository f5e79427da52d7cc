package io.idbridge.engine.plan;

import io.idbridge.engine.store.EvaluationMark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine would do on {@code day}: the actions in dependency order, and the problems that kept it from doing
 * more.
 *
 * @param evaluatedPersons how many persons were evaluated (all, or only those changed since the last plan)
 * @param marks for every evaluated person, the mark to store once all of the person's actions succeeded
 * @param unmatchedAccounts per target that IdBridge does not manage yet (its first run), the existing accounts no
 *     person correlates to, by display name; a first preview shows them so correlation can be fixed before enforcing
 */
public record Plan(LocalDate day, List<PlannedAction> actions, List<PlanProblem> problems, int evaluatedPersons,
                   Map<String, EvaluationMark> marks, Map<String, List<String>> unmatchedAccounts) {
    public Plan {
        actions = List.copyOf(actions);
        problems = List.copyOf(problems);
        marks = Map.copyOf(marks);
        unmatchedAccounts = Map.copyOf(unmatchedAccounts);
    }

    /** Counts per target and action type, both sorted. */
    public Map<String, Map<ActionType, Integer>> counts() {
        Map<String, Map<ActionType, Integer>> counts = new TreeMap<>();
        for (PlannedAction action : actions) {
            counts.computeIfAbsent(action.target(), target -> new TreeMap<>()).merge(action.type(), 1, Integer::sum);
        }
        return counts;
    }
}
