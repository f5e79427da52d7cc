package io.idbridge.bench;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Import and plan throughput of the real engine: CSV plugin → SQLite snapshot → preview against the HelloID
 * simulator through the HelloID plugin. Per size: import, preview, enforce the plan (so that the world matches), then
 * a second import and preview of the same files, which must plan nothing but the manager follow-ups (a manager's
 * account created after their staff's is set as manager on the next run), then runs in which 1 % of the persons move
 * to another department; both kinds run three times (each enforced, as a daemon's syncs are) and report the median.
 * Arguments: the sizes (default 1000 10000
 * 30000) and {@code --second-run-up-to=N} (default 10000): larger sizes stop after planning, because enforcing their
 * plan (3.8 actions per person, two journal commits each) takes minutes on a busy disk.
 */
public final class ImportPlanBenchmark {
    private static final int IN_FLIGHT = 16;
    private static final String SECOND_RUN_UP_TO = "--second-run-up-to=";
    /** No-change and 1 %-changed runs, each this many times. */
    private static final int REPEATS = 3;

    private ImportPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int secondRunUpTo = 10_000;
        for (String arg : args) {
            if (arg.startsWith(SECOND_RUN_UP_TO)) {
                secondRunUpTo = Integer.parseInt(arg.substring(SECOND_RUN_UP_TO.length()));
            } else {
                sizes.add(Integer.parseInt(arg.replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 30_000);
        }
        System.out.printf("max heap %d MB, %d cores%n", HeapSampler.maxHeapMegabytes(),
                Runtime.getRuntime().availableProcessors());
        try (HeapSampler heap = new HeapSampler()) {
            for (int size : sizes) {
                run(size, size <= secondRunUpTo, heap);
            }
        }
    }

    private static void run(int size, boolean secondRun, HeapSampler heap) throws Exception {
        try (BenchScenario scenario = BenchScenario.open(size, IN_FLIGHT, BenchConfig.DEMO_RULES,
                false, Clock.systemUTC())) {
            BenchSession session = scenario.session();
            TimingProgress progress = new TimingProgress();
            System.out.printf("%n== %,d persons, %,d contracts ==%n", size, scenario.contracts());

            HeapSampler.liveAfterGc();
            heap.reset();
            long started = System.nanoTime();
            ImportResult imported = session.engine().importSources(progress);
            long importMillis = millisSince(started);
            long importPeak = heap.peakMegabytes();
            check(imported.accepted(), "import was blocked: " + imported.reason());
            print("import", size, importMillis, importPeak, progress);
            long bareMillis = bareRead(scenario.hrDirectory());
            System.out.printf("  bare read of the same CSV files (split every line, no mapping, no store): %,d ms;"
                    + " import = %.1f x the bare read%n", bareMillis, (double) importMillis / Math.max(1, bareMillis));

            HeapSampler.liveAfterGc();
            heap.reset();
            started = System.nanoTime();
            Plan plan = session.engine().preview(progress);
            long planMillis = millisSince(started);
            long planPeak = heap.peakMegabytes();
            print("plan", size, planMillis, planPeak, progress);
            System.out.printf("  planned %,d actions %s, %d problems; live heap with the plan %d MB%n",
                    plan.actions().size(), plan.counts(), plan.problems().size(), HeapSampler.liveAfterGc());
            if (!secondRun) {
                System.out.printf("RESULT n=%d import_ms=%d import_per_s=%.0f bare_read_ms=%d plan_ms=%d "
                                + "plan_per_s=%.0f peak_heap_import_mb=%d peak_heap_plan_mb=%d (no enforcement, no "
                                + "second run)%n", size, importMillis, size * 1000.0 / importMillis, bareMillis,
                        planMillis, size * 1000.0 / planMillis, importPeak, planPeak);
                BenchResults.record("import-plan", Map.of("persons", size, "importMs", importMillis,
                        "bareReadMs", bareMillis, "planMs", planMillis, "peakHeapImportMb", importPeak,
                        "peakHeapPlanMb", planPeak));
                return;
            }

            started = System.nanoTime();
            RunReport report = session.enforcer().enforce("bench", plan, progress);
            long enforceMillis = millisSince(started);
            int succeeded = report.count(ActionStatus.SUCCEEDED);
            check(succeeded == plan.actions().size(), "enforcement left work: " + report.counts());
            System.out.printf("  enforce (in-flight %d): %,d actions in %,d ms = %,.0f actions/s %s%n", IN_FLIGHT,
                    succeeded, enforceMillis, succeeded * 1000.0 / enforceMillis, progress.drain());

            // a daemon syncs again and again: each kind of run is repeated and its median reported (the first of
            // each also runs its code paths for the first time in this JVM)
            List<Long> noChange = new ArrayList<>();
            for (int round = 1; round <= REPEATS; round++) {
                HeapSampler.liveAfterGc();
                started = System.nanoTime();
                ImportResult again = session.engine().importSources(progress);
                long reimportMillis = millisSince(started);
                check(again.diff().isEmpty(), "the same files changed persons: " + again.diff());
                long replanStarted = System.nanoTime();
                Plan nothing = session.engine().preview(progress);
                long replanMillis = millisSince(replanStarted);
                // a manager whose account was created after their staff's is set on the next run: allowed, and shown
                check(nothing.actions().stream().allMatch(ImportPlanBenchmark::setsManagerOnly),
                        "a run without changes planned " + nothing.counts() + ", e.g. "
                                + nothing.actions().stream().limit(3).toList());
                System.out.printf("  no-change run %d: import %,d ms + plan %,d ms, %d actions (manager follow-ups)"
                        + " %s %s%n", round, reimportMillis, replanMillis, nothing.actions().size(), nothing.counts(),
                        progress.drain());
                noChange.add(reimportMillis + replanMillis);
                session.enforcer().enforce("bench", nothing, progress);
                progress.drain();
            }
            List<Long> changed = new ArrayList<>();
            int transferred = 0;
            int transferActions = 0;
            for (int round = 1; round <= REPEATS; round++) {
                transferred = LargeOrganisation.transferEveryNth(scenario.hrDirectory(), 100);
                HeapSampler.liveAfterGc();
                started = System.nanoTime();
                ImportResult moved = session.engine().importSources(progress);
                Plan transfers = session.engine().preview(progress);
                long changedMillis = millisSince(started);
                check(moved.accepted(), "the 1 % import was blocked: " + moved.reason());
                System.out.printf("  1%% changed run %d (%,d persons transferred): import + plan %,d ms, %,d actions"
                        + " %s %s%n", round, transferred, changedMillis, transfers.actions().size(),
                        transfers.counts(), progress.drain());
                changed.add(changedMillis);
                transferActions = transfers.actions().size();
                RunReport moves = session.enforcer().enforce("bench", transfers, progress);
                progress.drain();
                check(moves.count(ActionStatus.SUCCEEDED) == transferActions, "the transfers left work: "
                        + moves.counts());
            }
            long noChangeMillis = median(noChange);
            long changedMillis = median(changed);
            long fullMillis = importMillis + planMillis;
            System.out.printf("  no-change run, median of %d: %,d ms = %.1f %% of the first import + plan %s%n",
                    REPEATS, noChangeMillis, 100.0 * noChangeMillis / fullMillis, noChange);
            System.out.printf("  1%% changed run, median of %d: %,d ms = %.1f %% of the first import + plan %s%n",
                    REPEATS, changedMillis, 100.0 * changedMillis / fullMillis, changed);
            timeCorrelation(session, scenario.helloId().users().size());
            System.out.printf("  disk baseline now: %,.0f commits/s%n", DiskBaseline.commitsPerSecond(500));
            System.out.printf("RESULT n=%d import_ms=%d import_per_s=%.0f plan_ms=%d plan_per_s=%.0f "
                            + "peak_heap_import_mb=%d peak_heap_plan_mb=%d actions=%d enforce_ms=%d "
                            + "no_change_ms=%d changed_1pct_actions=%d changed_1pct_ms=%d changed_vs_full=%.1f%% "
                            + "bare_read_ms=%d%n", size, importMillis,
                    size * 1000.0 / importMillis, planMillis, size * 1000.0 / planMillis, importPeak, planPeak,
                    succeeded, enforceMillis, noChangeMillis, transferActions, changedMillis,
                    100.0 * changedMillis / fullMillis, bareMillis);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("persons", size);
            result.put("importMs", importMillis);
            result.put("bareReadMs", bareMillis);
            result.put("planMs", planMillis);
            result.put("peakHeapImportMb", importPeak);
            result.put("peakHeapPlanMb", planPeak);
            result.put("actions", succeeded);
            result.put("enforceMs", enforceMillis);
            result.put("noChangeRunMs", noChangeMillis);
            result.put("noChangeRunsMs", noChange);
            result.put("noChangeVsFull", (double) noChangeMillis / fullMillis);
            result.put("changedOnePercentMs", changedMillis);
            result.put("changedOnePercentRunsMs", changed);
            result.put("changedVsFull", (double) changedMillis / fullMillis);
            BenchResults.record("import-plan", result);
        }
    }

    /**
     * One correlation on {@code userAttributes.employeeId} (the demo's) for a person without an account, now that
     * the tenant holds {@code users} users: HelloID cannot search by attribute, so the connector pages through them
     * all. Planning asks this for every person without an account; enforcement asks it again before every create.
     */
    private static void timeCorrelation(BenchSession session, int users) {
        CorrelateAccountOp correlation = (CorrelateAccountOp) session.target("helloid");
        int lookups = 10;
        long started = System.nanoTime();
        for (int index = 0; index < lookups; index++) {
            check(correlation.correlate("userAttributes.employeeId", "missing-" + index).isEmpty(),
                    "a made-up employee id correlated");
        }
        System.out.printf("  one correlation on userAttributes.employeeId with %,d users: %,d ms%n", users,
                (System.nanoTime() - started) / 1_000_000 / lookups);
    }

    @SuppressWarnings("unchecked")
    private static boolean setsManagerOnly(PlannedAction action) {
        Object changes = action.payload().get("changes");
        return action.type() == ActionType.UPDATE && changes instanceof Map
                && ((Map<String, Object>) changes).keySet().equals(Set.of("__manager"));
    }

    /** The floor for an import: reading the same files line by line and splitting each line, nothing kept. */
    private static long bareRead(Path directory) throws IOException {
        long started = System.nanoTime();
        long fields = 0;
        for (String file : List.of("persons.csv", "contracts.csv", "departments.csv")) {
            try (java.io.BufferedReader reader = Files.newBufferedReader(directory.resolve(file))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    fields += line.split(";", -1).length;
                }
            }
        }
        check(fields > 0, "the CSV files are empty");
        return millisSince(started);
    }

    private static void print(String phase, int size, long millis, long peakMegabytes, TimingProgress progress) {
        System.out.printf("  %s: %,d ms = %,.0f persons/s, peak heap %d MB %s%n", phase, millis,
                size * 1000.0 / millis, peakMegabytes, progress.drain());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millisSince(long started) {
        return Math.max(1, (System.nanoTime() - started) / 1_000_000);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
