package io.idbridge.bench;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enforcement throughput against the HelloID simulator through the HelloID plugin: a first sync's creates, enables
 * and group grants, per size, pacing in-flight and simulator latency. Import and planning happen before the clock
 * starts; the latency is switched on after planning, so it slows only enforcement. Arguments (all optional):
 * {@code sizes=1000,5000 in-flight=1,4,16 latency-ms=0,20 latency-sizes=1000 correlate=false warm-up=1000}. Latency
 * runs use only {@code latency-sizes}, to stay within minutes (3,800 actions at 20 ms one at a time already take 80 s).
 * A round of {@code warm-up} persons (engine and bare loop, 0 ms, 16 in flight) runs first and is not reported: in a
 * cold JVM the JIT compilers took a third of both cores during the first measured round, and the bare loop, which
 * runs second, found the code it shares with the engine (OkHttp, the simulator) already compiled.
 */
public final class EnforcementBenchmark {
    private EnforcementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("sizes", "1000,5000", "in-flight", "1,4,16",
                "latency-ms", "0,20", "latency-sizes", "1000", "correlate", "false", "warm-up", "1000"));
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            if (parts.length != 2 || !options.containsKey(parts[0])) {
                throw new IllegalArgumentException("expected one of " + options.keySet() + " as key=value, got "
                        + arg);
            }
            options.put(parts[0], parts[1]);
        }
        boolean correlate = Boolean.parseBoolean(options.get("correlate"));
        System.out.printf("options %s%n", options);
        int warmUp = Integer.parseInt(options.get("warm-up"));
        if (warmUp > 0) {
            run(warmUp, 16, Duration.ZERO, correlate, false);
        }
        for (int latency : numbers(options.get("latency-ms"))) {
            List<Integer> sizes = numbers(latency == 0 ? options.get("sizes") : options.get("latency-sizes"));
            for (int size : sizes) {
                for (int inFlight : numbers(options.get("in-flight"))) {
                    run(size, inFlight, Duration.ofMillis(latency), correlate, true);
                }
            }
        }
    }

    private static void run(int size, int inFlight, Duration latency, boolean correlate, boolean recorded)
            throws Exception {
        try (BenchScenario scenario = BenchScenario.open(size, inFlight, BenchConfig.DEMO_RULES, correlate,
                Clock.systemUTC())) {
            BenchSession session = scenario.session();
            TimingProgress progress = new TimingProgress();
            ImportResult imported = session.engine().importSources(progress);
            if (!imported.accepted()) {
                throw new IllegalStateException("import was blocked: " + imported.reason());
            }
            Plan plan = session.engine().preview(progress);
            progress.drain();
            scenario.helloId().faults().latency(latency);
            scenario.helloId().requestLog().clear();
            long started = System.nanoTime();
            RunReport report = session.enforcer().enforce("bench", plan, progress);
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            int succeeded = report.count(ActionStatus.SUCCEEDED);
            System.out.printf("  HTTP requests per action: %s%n", requestsPerAction(scenario, succeeded));
            if (succeeded != plan.actions().size()) {
                throw new IllegalStateException("enforcement left work: " + report.counts());
            }
            int engineRequests = scenario.helloId().requestLog().size();
            String outcome = outcome(scenario.helloId());
            BareHelloIdLoop.Result bare = correlate ? null : bare(scenario, plan, inFlight, latency, outcome);
            if (!recorded) {
                System.out.printf("  warm-up: %d persons, %d actions in %d ms%n", size, succeeded, millis);
                return;
            }
            System.out.printf("  disk baseline now: %,.0f commits/s%n", DiskBaseline.commitsPerSecond(500));
            System.out.printf("RESULT persons=%d in_flight=%d latency_ms=%d correlate=%s actions=%d ms=%d "
                            + "actions_per_s=%.0f requests=%d requests_per_person=%.2f bare_ms=%s bare_requests=%s "
                            + "engine_vs_bare=%s users=%d %s %s%n", size, inFlight, latency.toMillis(), correlate,
                    succeeded, millis, succeeded * 1000.0 / millis, engineRequests, (double) engineRequests / size,
                    bare == null ? "-" : bare.millis(), bare == null ? "-" : bare.requests(),
                    bare == null ? "-" : String.format("%.0f%%", 100.0 * bare.millis() / millis),
                    scenario.helloId().users().size(), plan.counts(), progress.drain());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("persons", size);
            result.put("inFlight", inFlight);
            result.put("latencyMs", latency.toMillis());
            result.put("actions", succeeded);
            result.put("engineMs", millis);
            result.put("actionsPerSecond", succeeded * 1000.0 / millis);
            result.put("requestsPerPerson", (double) engineRequests / size);
            if (bare != null) {
                result.put("bareMs", bare.millis());
                result.put("bareRequestsPerPerson", (double) bare.requests() / size);
                result.put("engineVsBare", (double) bare.millis() / millis);
            }
            BenchResults.record("enforcement", result);
        }
    }

    /**
     * The same outcome by {@link BareHelloIdLoop} in an emptied simulator with the same groups and latency; fails when
     * the outcome (users, their enabled state and group memberships) differs from the engine's.
     */
    private static BareHelloIdLoop.Result bare(BenchScenario scenario, Plan plan, int inFlight, Duration latency,
                                               String engineOutcome) throws Exception {
        HelloIdSimulator helloId = scenario.helloId();
        helloId.reset();
        for (String group : BenchScenario.STATIC_GROUPS) {
            helloId.addGroup(group);
        }
        helloId.faults().latency(latency);
        BareHelloIdLoop.Result result = new BareHelloIdLoop(helloId, BenchScenario.SECRET, inFlight)
                .run(plan, BareHelloIdLoop.groupsOf(helloId), inFlight);
        String bareOutcome = outcome(helloId);
        if (!bareOutcome.equals(engineOutcome)) {
            throw new IllegalStateException("the bare loop reached another outcome: " + bareOutcome + " vs "
                    + engineOutcome);
        }
        return result;
    }

    /** Users (enabled or not) and memberships per group name: what both runs must end with. */
    private static String outcome(HelloIdSimulator helloId) {
        Map<String, Integer> memberships = new java.util.TreeMap<>();
        helloId.groups().forEach(group -> memberships.put(group.name(), helloId.members(group.groupGuid()).size()));
        long enabled = helloId.users().stream().filter(user -> user.enabled()).count();
        return helloId.users().size() + " users (" + enabled + " enabled), members " + memberships;
    }

    /** Requests by method and path shape (GUIDs and names replaced) per action, from the simulator's log. */
    private static Map<String, String> requestsPerAction(BenchScenario scenario, int actions) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        scenario.helloId().requestLog().requests().forEach(request -> counts.merge(request.method() + " "
                + request.path().replaceAll("/users/[^/]+", "/users/{id}").replaceAll("/groups/[^/]+", "/groups/{id}"),
                1, Integer::sum));
        Map<String, String> perAction = new LinkedHashMap<>();
        counts.forEach((request, count) -> perAction.put(request, String.format("%.2f", (double) count / actions)));
        return perAction;
    }

    private static List<Integer> numbers(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
