package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.spi.model.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks of the action journal against the audit log. The audit log has no action id, so an action is identified by
 * what it was: run, person, target and action type, which is one action except for grants, revokes and resources,
 * where a person (or the run) has several of a type. Counting per identity therefore proves "exactly one successful
 * entry per action": a second success of any action makes its identity's count exceed the journal's.
 */
final class JournalCheck {
    /**
     * The outcomes ActionRunner writes for an action that succeeded: the connector's {@link Outcome} names. It writes
     * FAILED for a failed one, and APPROVED / REJECTED for decisions on held actions.
     */
    static final Set<String> SUCCESSFUL = Arrays.stream(Outcome.values()).map(Enum::name).collect(Collectors.toSet());

    /** One audit line as far as these checks need it. */
    record AuditLine(Long runId, String personId, String target, String action, String outcome) {
        String identity() {
            return runId + "/" + personId + "/" + target + "/" + action;
        }
    }

    private JournalCheck() {
    }

    /** Every action finished: none PLANNED or RUNNING, and every one that did not succeed says why. */
    static void assertNothingLeftOpen(List<ActionRecord> actions) {
        assertThat(actions).as("journaled actions").isNotEmpty();
        assertThat(actions).filteredOn(action -> action.status() == ActionStatus.PLANNED
                || action.status() == ActionStatus.RUNNING).as("actions left planned or running").isEmpty();
        assertThat(actions).filteredOn(action -> action.status() == ActionStatus.FAILED
                        || action.status() == ActionStatus.SKIPPED)
                .allSatisfy(action -> assertThat(action.error()).as("reason of action %d", action.id()).isNotBlank());
    }

    /** Every succeeded action has exactly one successful audit line, and no other action has one. */
    static void assertOneSuccessfulAuditLinePerSucceededAction(List<ActionRecord> actions, List<AuditLine> audit) {
        Map<String, Long> succeeded = count(actions.stream().filter(action -> action.status() == ActionStatus.SUCCEEDED)
                .toList(), action -> action.runId() + "/" + action.personId() + "/" + action.target() + "/"
                + action.actionType());
        Map<String, Long> successfulLines = count(audit.stream().filter(line -> SUCCESSFUL.contains(line.outcome()))
                .toList(), AuditLine::identity);
        assertThat(succeeded).as("succeeded actions per identity").isNotEmpty();
        assertThat(successfulLines).as("successful audit lines per run/person/target/action")
                .isEqualTo(succeeded);
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> identity) {
        return items.stream().collect(Collectors.groupingBy(identity, TreeMap::new, Collectors.counting()));
    }
}
