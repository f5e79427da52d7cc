package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.evaluate.PersonView;
import io.idbridge.engine.evaluate.PrimaryContractChooser;
import io.idbridge.engine.evaluate.RuleEvaluator;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.snapshot.PersonCodec;
import io.idbridge.engine.snapshot.PersonsInForce;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.EvaluationMark;
import io.idbridge.engine.store.PersonVersion;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StoredPerson;
import io.idbridge.spi.target.TargetConnector;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the persons of the snapshot in force and the stored state into a plan. It only reads: the targets are asked
 * read-only questions (correlation, whether a value is in use, which permissions exist), and nothing is written.
 * Preview and enforcement plan through this same code.
 */
public final class Planner {
    private final EngineConfig config;
    private final Map<String, TargetConnector> connectors;
    private final StateStore store;
    private final Clock clock;
    private final Retrier retrier;

    /** @param retrier retries the read-only questions planning asks targets when they fail transiently */
    public Planner(EngineConfig config, Map<String, TargetConnector> connectors, StateStore store, Clock clock,
                   Retrier retrier) {
        this.config = requireNonNull(config, "config is null");
        this.connectors = Map.copyOf(connectors);
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.retrier = requireNonNull(retrier, "retrier is null");
    }

    /**
     * Plans for the given persons (the snapshot in force) and for persons gone from it who still hold accounts.
     *
     * @param persons the persons in force: their versions tell which are unchanged
     * @param evaluateAll evaluate every person, not only those whose data, configuration or due dates changed
     */
    public Plan plan(PersonsInForce persons, boolean evaluateAll, ProgressListener progress) {
        LocalDate today = LocalDate.now(clock);
        Incremental incremental = new Incremental(config, today);
        Map<String, PersonVersion> inForce = persons.versions();
        // who needs evaluating is known from the versions and marks alone; only their data is read, in plan order
        List<String> toEvaluate = incremental.toEvaluate(store, persons, evaluateAll);
        // and everyone gone from the snapshot who still holds an account somewhere; in id order per target
        Map<String, Set<String>> goneByTarget = store.accountHoldersOutside(persons.snapshotId());
        Set<String> gone = new HashSet<>();
        goneByTarget.values().forEach(gone::addAll);
        List<String> personIds = new ArrayList<>(toEvaluate.size() + gone.size());
        personIds.addAll(toEvaluate);
        personIds.addAll(gone);
        personIds.sort(null);
        Iterator<StoredPerson> data = persons.readInOrder(toEvaluate);
        PlanBuilder builder = new PlanBuilder();
        PrimaryContractChooser chooser = new PrimaryContractChooser(config.primaryContract());
        RuleEvaluator rules = new RuleEvaluator(config.rules());
        Map<String, TargetPlanner> planners = new LinkedHashMap<>();
        for (TargetSettings target : TargetOrder.order(config)) {
            TargetConnector connector = connectors.get(target.name());
            if (connector == null) {
                throw new IllegalStateException("no connector for target " + target.name());
            }
            planners.put(target.name(), new TargetPlanner(target, connector,
                    goneByTarget.getOrDefault(target.name(), Set.of()), store, today, builder, retrier,
                    personIds, inForce.size()));
        }
        // a mark is made as each person is planned, so no person is kept once planned
        Map<String, EvaluationMark> marks = new HashMap<>();
        int evaluated = 0;
        progress.start("Planning", inForce.size() + gone.size());
        progress.advance(inForce.size() - toEvaluate.size());
        for (String personId : personIds) {
            PersonVersion version = inForce.get(personId);
            PersonEvaluation evaluation = null;
            // one view per person for the rules and every target, the accounts planned so far added as it goes
            Map<String, Object> view = Map.of();
            List<AccountState> accounts = List.of();
            if (version != null) {
                Person person = PersonCodec.decode(data.next());
                Contract primary = chooser.choose(person.contracts(), today);
                accounts = planners.values().stream().flatMap(planner -> planner.account(personId).stream()).toList();
                view = PersonView.person(person, primary, accountData(accounts), today);
                try {
                    evaluation = new PersonEvaluation(person, primary, rules.evaluate(person, view, today));
                } catch (ExpressionException failure) {
                    // one person's data must not stop everyone's plan; this person keeps what they have
                    builder.problem(new PlanProblem("(rules)", personId, failure.getMessage(),
                            PlanProblem.Withheld.PERSON));
                    progress.advance(1);
                    continue;
                }
                evaluated++;
            }
            int problemsBefore = builder.problems().size();
            for (Map.Entry<String, TargetPlanner> entry : planners.entrySet()) {
                TargetPlanner planner = entry.getValue();
                if (evaluation == null && !planner.goneHolders().contains(personId)) {
                    continue;
                }
                try {
                    Map<String, Object> planned = planner.planPerson(personId, evaluation, view);
                    if (!planned.isEmpty() && evaluation != null) {
                        PersonView.putAccount(view, entry.getKey(), planned);
                    }
                } catch (ExpressionException failure) {
                    builder.problem(new PlanProblem(entry.getKey(), personId, failure.getMessage(),
                            PlanProblem.Withheld.TARGET));
                }
            }
            if (evaluation != null && builder.problems().size() == problemsBefore) {
                marks.put(personId, incremental.mark(evaluation.person(), version.hash(), accounts));
            }
            progress.advance(1);
        }
        progress.finish();
        Map<String, List<String>> unmatched = new LinkedHashMap<>();
        Map<String, Set<String>> dependencies = TargetOrder.dependencies(config);
        planners.forEach((target, planner) -> {
            planner.finish(dependencies.get(target));
            List<String> unmatchedHere = planner.unmatchedAccounts();
            if (!unmatchedHere.isEmpty()) {
                unmatched.put(target, unmatchedHere);
            }
        });
        return new Plan(today, builder.actions(), builder.problems(), evaluated, marks, unmatched);
    }

    /** Per target, the data of the person's accounts that exist. */
    private static Map<String, Map<String, Object>> accountData(List<AccountState> personAccounts) {
        Map<String, Map<String, Object>> data = new HashMap<>();
        personAccounts.stream().filter(account -> account.lifecycle() != AccountLifecycle.DELETED)
                .forEach(account -> data.put(account.target(), Json.readData(account.dataJson()).values()));
        return data;
    }
}
