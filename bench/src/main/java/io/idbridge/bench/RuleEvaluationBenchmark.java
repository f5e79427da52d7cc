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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    /** Thread CPU time: the cost itself, which other processes on the machine do not inflate as they do wall time. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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
            long evaluations = evaluationsPerRound(config.rules(), persons, chooser, today);
            System.out.printf("%d rules, %,d persons, %,d contracts, %,d CEL evaluations per round%n",
                    config.rules().size(), persons.size(), contracts, evaluations);
            long checksum = 0;
            for (int round = 0; round < rounds; round++) {
                checksum += round(persons, chooser, evaluator, today, false);
            }
            long viewNanos = 0;
            long allNanos = 0;
            long viewCpuNanos = 0;
            long allCpuNanos = 0;
            for (int round = 0; round < rounds; round++) {
                long started = System.nanoTime();
                long startedCpu = CPU.getCurrentThreadCpuTime();
                checksum += round(persons, chooser, evaluator, today, true);
                viewNanos += System.nanoTime() - started;
                viewCpuNanos += CPU.getCurrentThreadCpuTime() - startedCpu;
                started = System.nanoTime();
                startedCpu = CPU.getCurrentThreadCpuTime();
                checksum += round(persons, chooser, evaluator, today, false);
                allNanos += System.nanoTime() - started;
                allCpuNanos += CPU.getCurrentThreadCpuTime() - startedCpu;
            }
            print("wall", config.rules().size(), rounds, persons.size(), contracts, evaluations, viewNanos, allNanos);
            print("cpu", config.rules().size(), rounds, persons.size(), contracts, evaluations, viewCpuNanos,
                    allCpuNanos);
            System.out.printf("(checksum %d)%n", checksum);
        }
    }

    private static void print(String clock, int rules, int rounds, int persons, long contracts, long evaluations,
                              long viewNanos, long allNanos) {
        double rulesNanos = (double) (allNanos - viewNanos) / rounds;
        System.out.printf("RESULT %s rules=%d person_x_contract_ns=%.0f per_cel_evaluation_ns=%.0f "
                        + "person_view_ns=%.0f persons_per_s=%.0f%n", clock, rules, rulesNanos / contracts,
                rulesNanos / evaluations, (double) viewNanos / rounds / persons, persons * 1e9 * rounds / allNanos);
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

    /** Person conditions once per person; contract conditions once per contract when the person condition held. */
    private static long evaluationsPerRound(List<BusinessRule> rules, List<Person> persons,
                                            PrimaryContractChooser chooser, LocalDate today) {
        long total = 0;
        for (Person person : persons) {
            Map<String, Object> view = PersonView.person(person, chooser.choose(person.contracts(), today), Map.of(),
                    today);
            Map<String, Object> variables = Map.of("person", view, "today", today.toString());
            for (BusinessRule rule : rules) {
                boolean personHolds = true;
                if (rule.personCondition() != null) {
                    total++;
                    personHolds = rule.personCondition().test(variables);
                }
                if (personHolds && rule.contractCondition() != null) {
                    total += person.contracts().size();
                }
            }
        }
        return total;
    }

    private static List<Person> persons(StateStore store) {
        long snapshot = store.latestSnapshot(true).orElseThrow().id();
        return store.persons(snapshot).stream().map(PersonCodec::decode).toList();
    }
}
