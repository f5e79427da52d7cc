package io.idbridge.bench;

import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.evaluate.Entitlements;
import io.idbridge.engine.evaluate.PersonView;
import io.idbridge.engine.evaluate.PrimaryContractChooser;
import io.idbridge.engine.evaluate.RuleEvaluator;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.snapshot.PersonCodec;
import io.idbridge.engine.store.StateStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cost of the business rules in the engine: {@link RuleEvaluator} with ten CEL rules (configured in HOCON, read
 * by the runtime's rule reader) over persons imported by the CSV plugin. Measures per person×contract for all ten
 * rules, per single CEL evaluation, and separately the building of the {@code person} variable. Arguments: persons
 * (default 5000), measured rounds (default 10; as many warm-up rounds run first).
 */
public final class RuleEvaluationBenchmark {
    private RuleEvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (BenchScenario scenario = BenchScenario.open(size, 4, BenchConfig.TEN_RULES, false,
                Clock.systemUTC())) {
            BenchSession session = scenario.session();
            session.engine().importSources(ProgressListener.NONE);
            EngineConfig config = session.engine().config();
            List<Person> persons = persons(session.store());
            LocalDate today = LocalDate.now(Clock.systemUTC());
            PrimaryContractChooser chooser = new PrimaryContractChooser(config.primaryContract());
            RuleEvaluator evaluator = new RuleEvaluator(config.rules());
            long contracts = persons.stream().mapToLong(person -> person.contracts().size()).sum();
            long evaluations = evaluationsPerRound(config.rules(), persons);
            System.out.printf("%d rules, %,d persons, %,d contracts, %,d CEL evaluations per round%n",
                    config.rules().size(), persons.size(), contracts, evaluations);
            long checksum = 0;
            for (int round = 0; round < rounds; round++) {
                checksum += round(persons, chooser, evaluator, today, false);
            }
            long viewNanos = 0;
            long allNanos = 0;
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                checksum += round(persons, chooser, evaluator, today, true);
                long viewsOnly = System.nanoTime() - started;
                started = System.nanoTime();
                checksum += round(persons, chooser, evaluator, today, false);
                allNanos += System.nanoTime() - started;
                viewNanos += viewsOnly;
            }
            double rulesNanos = (double) (allNanos - viewNanos) / rounds;
            System.out.printf("RESULT rules=%d person_x_contract_ns=%.0f per_cel_evaluation_ns=%.0f "
                            + "person_view_ns=%.0f persons_per_s=%.0f (checksum %d)%n", config.rules().size(),
                    rulesNanos / contracts, rulesNanos / evaluations, (double) viewNanos / rounds / persons.size(),
                    persons.size() * 1e9 * rounds / allNanos, checksum);
        }
    }

    /** One pass: choose the primary contract and build the view; with {@code viewsOnly} false also apply the rules. */
    private static long round(List<Person> persons, PrimaryContractChooser chooser, RuleEvaluator evaluator,
                              LocalDate today, boolean viewsOnly) {
        long granted = 0;
        for (Person person : persons) {
            Contract primary = chooser.choose(person.contracts(), today);
            Map<String, Object> view = PersonView.person(person, primary, Map.of(), today);
            if (viewsOnly) {
                granted += view.size();
            } else {
                Entitlements entitlements = evaluator.evaluate(person, view, today);
                granted += entitlements.hashCode() & 1;
            }
        }
        return granted;
    }

    /** Person conditions once per person, contract conditions once per contract (rules whose person passes). */
    private static long evaluationsPerRound(List<BusinessRule> rules, List<Person> persons) {
        long total = 0;
        for (BusinessRule rule : rules) {
            total += rule.personCondition() == null ? 0 : persons.size();
            total += rule.contractCondition() == null ? 0
                    : persons.stream().mapToLong(person -> person.contracts().size()).sum();
        }
        return total;
    }

    private static List<Person> persons(StateStore store) {
        long snapshot = store.latestSnapshot(true).orElseThrow().id();
        return store.persons(snapshot).stream().map(PersonCodec::decode).toList();
    }
}
