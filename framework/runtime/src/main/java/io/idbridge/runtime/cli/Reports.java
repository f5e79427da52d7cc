package io.idbridge.runtime.cli;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.SecretFields;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.plan.Plan;
import io.idbridge.engine.plan.PlanProblem;
import io.idbridge.engine.plan.PlannedAction;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.AuditEntry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders imports, plans, run reports and audit entries for people (text) and machines (JSON). */
final class Reports {
    /** Without --full, a plan lists this many persons' actions; a first run can hold thousands. */
    private static final int PERSONS_SHOWN = 25;

    private Reports() {
    }

    static void printImport(ImportResult result, PrintWriter out) {
        if (result.accepted()) {
            out.printf("Import accepted: snapshot %d with %d persons (%d added, %d removed, %d changed)%n",
                    result.snapshotId(), result.personCount(), result.diff().added().size(),
                    result.diff().removed().size(), result.diff().changed().size());
        } else {
            out.printf("Import BLOCKED: %s%n  The snapshot in force (%d persons) stays; nothing changes in any target.%n",
                    result.reason(), result.personCount());
        }
        if (!result.blocked().isEmpty()) {
            out.printf("%d records blocked (not imported, not counted as leaving):%n", result.blocked().size());
            result.blocked().forEach(blocked -> out.printf("  %s %s: %s%n", blocked.source(), blocked.location(),
                    blocked.reason()));
        }
        if (!result.carriedOver().isEmpty()) {
            out.printf("%d persons kept from the previous snapshot: %s%n", result.carriedOver().size(),
                    String.join(", ", result.carriedOver()));
        }
    }

    static void printPlan(Plan plan, boolean full, PrintWriter out) {
        printPlan(plan, full ? Integer.MAX_VALUE : PERSONS_SHOWN, out);
    }

    /** The plan's summary, then the actions of at most {@code personsShown} persons. */
    static void printPlan(Plan plan, int personsShown, PrintWriter out) {
        out.printf("Plan for %s: %d actions for %d persons evaluated%n", plan.day(), plan.actions().size(),
                plan.evaluatedPersons());
        if (plan.actions().isEmpty()) {
            out.println("  nothing to do");
        }
        plan.counts().forEach((target, counts) -> {
            StringBuilder line = new StringBuilder("  " + target + ":");
            counts.forEach((type, count) -> line.append(' ').append(type.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-')).append(' ').append(count));
            out.println(line);
        });
        long correlated = plan.actions().stream().filter(action -> action.type() == ActionType.CORRELATE).count();
        long created = plan.actions().stream().filter(action -> action.type() == ActionType.CREATE).count();
        if (correlated + created > 0) {
            out.printf("  new accounts: %d correlate to an existing account, %d would be created%n", correlated, created);
        }
        plan.unmatchedAccounts().forEach((target, accounts) -> {
            out.printf("  %d existing accounts in %s match no person (they stay as they are):%n", accounts.size(), target);
            accounts.stream().limit(Math.max(20, personsShown)).forEach(account -> out.println("    " + account));
            if (accounts.size() > Math.max(20, personsShown)) {
                out.printf("    ... and %d more (--full lists all)%n", accounts.size() - 20);
            }
        });
        printProblems(plan.problems(), out);
        Map<String, List<PlannedAction>> byPerson = new TreeMap<>();
        plan.actions().forEach(action -> byPerson.computeIfAbsent(action.personId() == null ? "(resources)"
                : action.personId(), person -> new java.util.ArrayList<>()).add(action));
        long shown = Math.min(byPerson.size(), personsShown);
        if (shown > 0) {
            out.println("Per person:");
        }
        byPerson.entrySet().stream().limit(shown).forEach(entry -> {
            out.println("  " + entry.getKey() + ":");
            entry.getValue().forEach(action -> out.printf("    #%d %s %s %s: %s%n", action.sequence(),
                    action.target(), action.type(), describe(action), action.reason()));
        });
        if (shown < byPerson.size()) {
            out.printf("  ... and %d more persons (--full lists all, --json FILE writes every action)%n",
                    byPerson.size() - shown);
        }
    }

    /**
     * Problems grouped by cause, each with the persons it affects and what it withholds, so that one missing group
     * reads as one line however many persons it touches.
     */
    private static void printProblems(List<PlanProblem> problems, PrintWriter out) {
        if (problems.isEmpty()) {
            return;
        }
        Map<List<Object>, List<String>> byCause = new LinkedHashMap<>();
        problems.forEach(problem -> byCause.computeIfAbsent(List.of(problem.target(), problem.problem(),
                problem.withheld()), cause -> new java.util.ArrayList<>()).add(problem.personId()));
        long persons = problems.stream().map(PlanProblem::personId).distinct().count();
        out.printf("%d %s for %d %s (what each withholds is said below; the rest of the plan goes ahead):%n",
                byCause.size(), byCause.size() == 1 ? "problem" : "problems", persons, persons == 1 ? "person" : "persons");
        byCause.forEach((cause, personIds) -> {
            String where = cause.get(0).equals("(rules)") ? "" : cause.get(0) + ": ";
            out.printf("  %s%s: %d %s (%s)%n", where, cause.get(1), personIds.size(),
                    personIds.size() == 1 ? "person" : "persons", sample(personIds));
            out.printf("    withheld: %s%n", ((PlanProblem.Withheld) cause.get(2)).description());
        });
    }

    private static String sample(List<String> personIds) {
        int shown = 5;
        String listed = String.join(", ", personIds.subList(0, Math.min(shown, personIds.size())));
        return personIds.size() > shown ? listed + ", ... " + (personIds.size() - shown) + " more" : listed;
    }

    static String planJson(Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", plan.day().toString());
        json.put("evaluatedPersons", plan.evaluatedPersons());
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        plan.counts().forEach((target, byType) -> byType.forEach((type, count) ->
                counts.computeIfAbsent(target, key -> new TreeMap<>()).put(type.name(), count)));
        json.put("counts", counts);
        json.put("actions", plan.actions().stream().map(action -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sequence", action.sequence());
            entry.put("target", action.target());
            entry.put("personId", action.personId());
            entry.put("type", action.type());
            entry.put("payload", SecretFields.mask(action.payload()));
            entry.put("dependsOn", action.dependsOn());
            entry.put("reason", action.reason());
            return entry;
        }).toList());
        json.put("problems", plan.problems().stream().map(Reports::problemJson).toList());
        json.put("unmatchedAccounts", plan.unmatchedAccounts());
        return Json.write(json);
    }

    private static Map<String, Object> problemJson(PlanProblem problem) {
        return Map.of("target", problem.target(), "person", problem.personId(), "problem", problem.problem(),
                "withheld", problem.withheld().name());
    }

    static void printRun(RunReport report, PrintWriter out) {
        out.printf("Run %d (%s): %s%s%n", report.run().id(), report.run().kind(), report.run().status(),
                report.duration() == null ? "" : " in " + report.duration().toMillis() + " ms");
        report.counts().forEach((target, byType) -> byType.forEach((type, byStatus) -> {
            StringBuilder line = new StringBuilder("  " + target + " " + type.toLowerCase(java.util.Locale.ROOT) + ":");
            byStatus.forEach((status, count) -> line.append(' ').append(status.name().toLowerCase(java.util.Locale.ROOT))
                    .append(' ').append(count));
            out.println(line);
        }));
        printTotals(report, out);
        if (!report.failed().isEmpty()) {
            out.printf("%d failed:%n", report.failed().size());
            report.failed().forEach(action -> out.printf("  #%d %s %s %s: %s%n", action.id(), action.target(),
                    action.actionType(), action.personId(), action.error()));
        }
        if (!report.held().isEmpty()) {
            out.printf("%d held for approval, not carried out (idbridge approve --run %d --all, or reject):%n",
                    report.held().size(), report.run().id());
            Map<String, Long> heldByType = new TreeMap<>();
            report.held().forEach(action -> heldByType.merge(action.target() + " " + action.actionType()
                    .toLowerCase(java.util.Locale.ROOT) + (action.error() == null ? "" : " [" + action.error() + "]"),
                    1L, Long::sum));
            heldByType.forEach((what, count) -> out.printf("  %s: %d%n", what, count));
            report.held().stream().limit(PERSONS_SHOWN).forEach(action -> out.printf("  #%d %s %s %s: %s%n",
                    action.id(), action.target(), action.actionType(), action.personId(), heldDetail(action)));
            if (report.held().size() > PERSONS_SHOWN) {
                out.printf("  ... and %d more held actions (idbridge report %d --json lists every one)%n",
                        report.held().size() - PERSONS_SHOWN, report.run().id());
            }
        }
        if (!report.pending().isEmpty()) {
            out.printf("%d still pending (the next run finishes them)%n", report.pending().size());
        }
    }

    /** One line whose parts add up to every action of the run, so nothing done or withheld goes unmentioned. */
    private static void printTotals(RunReport report, PrintWriter out) {
        int total = java.util.Arrays.stream(ActionStatus.values()).mapToInt(report::count).sum();
        if (total == 0) {
            out.println("  no actions");
            return;
        }
        StringBuilder line = new StringBuilder("  total " + total + ":");
        for (ActionStatus status : ActionStatus.values()) {
            int count = report.count(status);
            if (count > 0) {
                line.append(' ').append(status.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(count);
            }
        }
        out.println(line);
    }

    static String runJson(RunReport report) {
        return Json.write(runMap(report));
    }

    /** The report of {@code idbridge report --json} and of the admin API, with secret fields masked. */
    static Map<String, Object> runMap(RunReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", report.run());
        json.put("durationMillis", report.duration() == null ? null : report.duration().toMillis());
        json.put("counts", report.counts());
        json.put("failed", report.failed().stream().map(Reports::masked).toList());
        json.put("held", report.held().stream().map(Reports::masked).toList());
        json.put("pending", report.pending().stream().map(Reports::masked).toList());
        return json;
    }

    /** The action with the secret fields of its payload and result masked: the journal keeps them, reports do not. */
    static ActionRecord masked(ActionRecord action) {
        return new ActionRecord(action.id(), action.runId(), action.sequence(), action.target(), action.personId(),
                action.actionType(), maskedJson(action.payloadJson()), action.dependsOn(), action.status(),
                action.attempts(), maskedJson(action.resultJson()), action.error(), action.updatedAt());
    }

    private static String maskedJson(String json) {
        return json == null ? null : Json.write(SecretFields.mask(Json.readMap(json)));
    }

    static void printAudit(AuditEntry entry, PrintWriter out) {
        out.printf("%s run %s %s %s %s %s%s%s%n", entry.at(), entry.runId() == null ? "-" : entry.runId(),
                entry.personId() == null ? "-" : entry.personId(), entry.target(), entry.action(), entry.outcome(),
                entry.changesJson() == null ? "" : " " + entry.changesJson(),
                entry.message() == null || entry.message().isBlank() ? "" : " (" + entry.message() + ")");
    }

    private static String heldDetail(ActionRecord action) {
        Map<String, Object> payload = Json.readMap(action.payloadJson());
        Object changes = payload.getOrDefault("changes", payload.get("permission"));
        if (changes instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            changes = SecretFields.mask(values);
        }
        return changes == null ? String.valueOf(payload.get("reason")) : Json.write(changes);
    }

    private static String describe(PlannedAction action) {
        Object changes = action.payload().get("changes");
        if (changes != null) {
            return Json.write(changes);
        }
        Object permission = action.payload().get("permission");
        if (permission instanceof Map<?, ?> map) {
            return map.get("type") + " '" + map.get("name") + "'";
        }
        Object data = action.payload().get("unique");
        return data == null || ((Map<?, ?>) data).isEmpty() ? "" : Json.write(data);
    }

    static boolean anyFailed(RunReport report) {
        return report.count(ActionStatus.FAILED) > 0;
    }
}
