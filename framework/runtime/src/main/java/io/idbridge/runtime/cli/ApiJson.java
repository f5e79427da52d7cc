package io.idbridge.runtime.cli;

import io.idbridge.engine.PersonExplanation;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.model.SecretFields;
import io.idbridge.engine.snapshot.PersonCodec;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.SnapshotInfo;
import io.idbridge.engine.store.StateStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shapes of the admin API that the CLI's {@link Reports} has no equivalent for. Every payload, result and
 * account datum passes through {@link SecretFields#mask}: the journal and the store keep a password sent on create,
 * the API never shows it.
 */
final class ApiJson {
    /** A run page lists at most this many of the run's actions; a first run can have many thousands. */
    static final int RUN_ACTIONS_SHOWN = 2000;
    private static final int PERSONS_FOUND = 50;

    private ApiJson() {
    }

    /** The report of {@code idbridge report --json} and every action of the run with its outcome (no payloads). */
    static String run(RunReport report, List<ActionRecord> actions) {
        Map<String, Object> json = Reports.runMap(report);
        json.put("actionCount", actions.size());
        json.put("actions", actions.stream().limit(RUN_ACTIONS_SHOWN).map(action -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", action.id());
            entry.put("target", action.target());
            entry.put("personId", action.personId());
            entry.put("type", action.actionType());
            entry.put("status", action.status());
            entry.put("attempts", action.attempts());
            entry.put("error", action.error());
            entry.put("updatedAt", action.updatedAt());
            return entry;
        }).toList());
        return Json.write(json);
    }

    /** Held actions with what each would change: the changes of an update, the permission of a grant, the data. */
    static String held(List<ActionRecord> actions) {
        return Json.write(Map.of("held", actions.stream().map(action -> {
            Map<String, Object> payload = SecretFields.mask(Json.readMap(action.payloadJson()));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", action.id());
            entry.put("runId", action.runId());
            entry.put("target", action.target());
            entry.put("personId", action.personId());
            entry.put("type", action.actionType());
            entry.put("heldBecause", action.error());
            entry.put("reason", payload.remove("reason"));
            entry.put("diff", diff(payload));
            entry.put("payload", payload);
            return entry;
        }).toList()));
    }

    /** What a held action would change: an update's changes (old and new), a permission, or the account data. */
    private static Object diff(Map<String, Object> payload) {
        for (String key : List.of("changes", "permission", "data")) {
            if (payload.get(key) != null) {
                return payload.get(key);
            }
        }
        return Map.of();
    }

    /** The persons of the snapshot in force whose external id starts with, or whose name contains, {@code text}. */
    static String persons(StateStore store, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> found = new ArrayList<>();
        Optional<SnapshotInfo> snapshot = store.latestSnapshot(true);
        if (snapshot.isPresent() && !wanted.isEmpty()) {
            store.persons(snapshot.get().id()).stream().map(PersonCodec::decode)
                    .filter(person -> person.externalId().toLowerCase(Locale.ROOT).startsWith(wanted)
                            || name(person).toLowerCase(Locale.ROOT).contains(wanted))
                    .limit(PERSONS_FOUND)
                    .forEach(person -> found.add(Map.of("personId", person.externalId(), "name", name(person))));
        }
        return Json.write(Map.of("persons", found, "limit", PERSONS_FOUND));
    }

    /** What {@code idbridge person} prints, as JSON. */
    static String person(PersonExplanation explanation) {
        Map<String, Object> json = new LinkedHashMap<>();
        Person person = explanation.person();
        json.put("personId", explanation.personId());
        json.put("inSnapshot", person != null);
        if (person != null) {
            json.put("name", name(person));
            json.put("sources", person.sources());
            json.put("fields", SecretFields.mask(person.fields()));
            json.put("contracts", person.contracts().stream().map(contract -> contract(contract,
                    contract == explanation.primaryContract())).toList());
            List<Map<String, Object>> granted = new ArrayList<>();
            explanation.entitlements().contractsInConditions().forEach((entitlement, contracts) -> granted.add(Map.of(
                    "entitlement", entitlement.toString(),
                    "rules", List.copyOf(explanation.entitlements().rules(entitlement)),
                    "contracts", contracts.stream().map(Contract::externalId).toList())));
            granted.sort(Comparator.comparing(entry -> (String) entry.get("entitlement")));
            json.put("entitlements", granted);
        }
        json.put("accounts", explanation.accounts().stream().map(ApiJson::account).toList());
        json.put("permissions", explanation.permissions());
        json.put("audit", explanation.audit());
        return Json.write(json);
    }

    private static Map<String, Object> contract(Contract contract, boolean primary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("externalId", contract.externalId());
        json.put("startDate", contract.startDate());
        json.put("endDate", contract.endDate());
        json.put("department", Maps.path(contract.fields(), "department.name"));
        json.put("departmentCode", contract.departmentCode());
        json.put("title", Maps.path(contract.fields(), "title.name"));
        json.put("primary", primary);
        return json;
    }

    private static Map<String, Object> account(AccountState account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", account.target());
        json.put("reference", account.refJson() == null ? null : Json.readRef(account.refJson()).id());
        json.put("lifecycle", account.lifecycle());
        json.put("disabledOn", account.disabledOn());
        json.put("updatedAt", account.updatedAt());
        json.put("data", SecretFields.mask(Json.readMap(account.dataJson())));
        return json;
    }

    /** "Anna de Vries": the nick name and the family name with its prefix, as {@code idbridge person} shows it. */
    private static String name(Person person) {
        List<String> parts = new ArrayList<>();
        for (String path : List.of("name.nick", "name.familyPrefix", "name.family")) {
            Object value = Maps.path(person.fields(), path);
            if (value != null && !value.toString().isBlank()) {
                parts.add(value.toString().trim());
            }
        }
        return String.join(" ", parts);
    }
}
