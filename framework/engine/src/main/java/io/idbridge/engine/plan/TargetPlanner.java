package io.idbridge.engine.plan;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.PermissionDefinition;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.config.UniqueField;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.evaluate.AccountTiming;
import io.idbridge.engine.evaluate.AccountTiming.Desired;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.plan.PlanBuilder.Draft;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.GrantedPermission;
import io.idbridge.engine.store.StateStore;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.EnableAccountOp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Plans one target: for each person, compares the desired account state, data and permissions with what the store
 * knows, and drafts the actions that close the gap. Read-only: it never writes to the store or the target.
 */
final class TargetPlanner {
    private final TargetSettings target;
    private final StateStore store;
    private final LocalDate today;
    private final PlanBuilder builder;
    private final TargetLookups lookups;
    private final UniqueValues uniqueValues;
    private final TargetPermissions permissions;
    private final PersonReads<Optional<AccountState>> accounts;
    /** Persons holding an account state here who are gone from the snapshot in force. */
    private final Set<String> goneHolders;
    /** Per person, the values reserved for the target's unique fields, by field. */
    private final PersonReads<Map<String, String>> reservations;
    private final PersonReads<List<GrantedPermission>> heldPermissions;
    private final Map<String, List<Draft>> personActions = new LinkedHashMap<>();
    private final boolean linksManagers;
    private final boolean enables;

    /**
     * @param goneHolders the persons holding an account state here who are gone from the snapshot in force
     * @param personsToPlan the persons this plan asks about, in its order, and {@code personsInForce} how many it
     *     could: when they are many, accounts, permissions and reserved values are read for the whole target at once
     */
    TargetPlanner(TargetSettings target, TargetConnector connector, Set<String> goneHolders, StateStore store,
                  LocalDate today, PlanBuilder builder, Retrier retrier, List<String> personsToPlan,
                  int personsInForce) {
        this.target = requireNonNull(target, "target is null");
        this.store = requireNonNull(store, "store is null");
        this.today = requireNonNull(today, "today is null");
        this.builder = requireNonNull(builder, "builder is null");
        this.lookups = new TargetLookups(target.name(), connector, store, requireNonNull(retrier, "retrier is null"));
        this.uniqueValues = lookups.uniqueValues();
        this.permissions = new TargetPermissions(target, requireNonNull(connector, "connector is null"), retrier);
        this.linksManagers = connector.linksManagers();
        this.enables = connector instanceof EnableAccountOp;
        this.goneHolders = Set.copyOf(goneHolders);
        uniqueValues.keepExisting(this::keepExistingUniqueValues);
        // a query per person costs about what reading four persons' rows in one go does
        boolean readAll = personsToPlan.size() > (personsInForce + goneHolders.size()) / 4;
        this.accounts = new PersonReads<>(personIds -> byPersonId(store.accounts(target.name(), personIds)),
                () -> byPersonId(store.accounts(target.name())), Optional.empty(), personsToPlan, readAll);
        // few persons hold reserved values beside their account's: those are asked for one by one
        this.reservations = new PersonReads<>(personIds -> personIds.stream().collect(Collectors.toMap(
                personId -> personId, personId -> store.reservations(target.name(), personId))),
                this::reservationsByPerson, Map.of(), List.of(), readAll);
        this.heldPermissions = new PersonReads<>(personIds -> byPerson(store.permissions(target.name(), personIds)),
                () -> byPerson(store.permissions(target.name())), List.of(), personsToPlan, readAll);
    }

    private Map<String, Map<String, String>> reservationsByPerson() {
        Map<String, Map<String, String>> byPerson = new HashMap<>();
        for (UniqueField field : target.account().uniqueFields()) {
            store.reservationOwners(target.name(), field.field()).forEach((value, personId) ->
                    byPerson.computeIfAbsent(personId, id -> new HashMap<>()).put(field.field(), value));
        }
        return byPerson;
    }

    /** The permissions in the store's order (person, type, id), grouped by person. */
    private static Map<String, List<GrantedPermission>> byPerson(List<GrantedPermission> permissions) {
        Map<String, List<GrantedPermission>> byPerson = new HashMap<>();
        permissions.forEach(permission ->
                byPerson.computeIfAbsent(permission.personId(), id -> new ArrayList<>()).add(permission));
        return byPerson;
    }

    private static Map<String, Optional<AccountState>> byPersonId(List<AccountState> accounts) {
        Map<String, Optional<AccountState>> byPerson = new HashMap<>(2 * accounts.size());
        accounts.forEach(account -> byPerson.put(account.personId(), Optional.of(account)));
        return byPerson;
    }

    /** Persons holding an account state here who are gone from the snapshot: they are still planned. */
    Set<String> goneHolders() {
        return goneHolders;
    }

    /** The person's account state here, if the store holds one. */
    Optional<AccountState> account(String personId) {
        return accounts.of(personId);
    }

    /**
     * Plans one person and returns the account data the person will hold here after the plan, for targets that depend
     * on this one.
     *
     * @param evaluation null for a person no longer in the snapshot
     */
    Map<String, Object> planPerson(String personId, PersonEvaluation evaluation, Map<String, Object> personView) {
        List<Contract> contracts = evaluation == null ? List.of()
                : evaluation.entitlements().contracts(new EntitlementRef(target.name(), TargetSettings.ACCOUNT));
        LifecyclePolicy policy = target.lifecycle();
        Desired desired = AccountTiming.desired(contracts, policy, today);
        AccountState state = accounts.of(personId).orElse(null);
        boolean exists = state != null && state.lifecycle() != AccountLifecycle.DELETED;
        List<Draft> drafts = new ArrayList<>();
        Map<String, Object> variables = variables(personView);
        AccountData current = exists ? Json.readData(state.dataJson()) : AccountData.EMPTY;
        boolean wanted = desired == Desired.EXISTS_DISABLED || desired == Desired.ENABLED;
        if (!exists && wanted) {
            Optional<AccountData> created = planCreate(personId, evaluation, variables, drafts, contracts);
            if (created.isEmpty()) {
                return Map.of();
            }
            current = created.get();
            if (desired == Desired.ENABLED) {
                Map<String, Object> onEnable = evaluate(target.account().onEnable(), variables);
                Draft last = drafts.get(drafts.size() - 1);
                if (last.type() == ActionType.CREATE) {
                    // the contract has started: create the account enabled, one action instead of create and enable
                    Map<String, Object> payload = new LinkedHashMap<>(last.payload());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) payload.get("data"));
                    data.putAll(onEnable);
                    payload.put("data", data);
                    payload.put("enable", true);
                    drafts.set(drafts.size() - 1, new Draft(ActionType.CREATE, payload, last.reason()
                            + ", enabled at once: a contract in conditions has started"));
                    current = current.with(new AccountData(onEnable));
                } else {
                    drafts.add(new Draft(ActionType.ENABLE, Map.of("data", onEnable),
                            "a contract in conditions has started" + startReason(contracts)));
                }
            }
        } else if (exists && wanted) {
            current = planUpdate(personId, evaluation, current, variables, drafts);
            if (desired == Desired.ENABLED && state.lifecycle() != AccountLifecycle.ENABLED) {
                String reason = state.lifecycle() == AccountLifecycle.DISABLED
                        ? "rehired: the disabled account is enabled again" + startReason(contracts)
                        : "a contract in conditions has started" + startReason(contracts);
                drafts.add(enableWithUpdate(drafts, evaluate(target.account().onEnable(), variables), reason));
            } else if (desired == Desired.EXISTS_DISABLED && state.lifecycle() == AccountLifecycle.ENABLED) {
                drafts.add(new Draft(ActionType.DISABLE,
                        Map.of("data", evaluate(target.account().onDisable(), variables)),
                        "no contract in conditions has started yet"));
            }
        }
        if (exists || wanted) {
            planPermissions(personId, evaluation, personView, wanted, drafts);
        }
        if (exists && !wanted) {
            planLeaving(state, desired, contracts, variables, drafts);
        }
        if (!drafts.isEmpty()) {
            personActions.put(personId, drafts);
        }
        return current.values();
    }

    /**
     * The enable draft; when the same plan updates the account just before, that update's changes ride along in the
     * enable (one request where the target can, e.g. one HelloID PUT, one TOPdesk unarchive) instead of an update of
     * a disabled account and then an enable. An update that moves the manager stays separate: enable takes no manager.
     */
    @SuppressWarnings("unchecked")
    private Draft enableWithUpdate(List<Draft> drafts, Map<String, Object> onEnable, String reason) {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (!enables || last == null || last.type() != ActionType.UPDATE
                || ((Map<String, Object>) last.payload().get("changes")).containsKey(Json.MANAGER_FIELD)) {
            return new Draft(ActionType.ENABLE, Map.of("data", onEnable), reason);
        }
        drafts.remove(drafts.size() - 1);
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) last.payload().get("data"));
        data.putAll(onEnable);
        return new Draft(ActionType.ENABLE, Map.of("data", data, "changes", last.payload().get("changes")),
                reason + "; " + last.reason());
    }

    /** Hands this target's drafts to the plan builder. */
    void finish(Set<String> dependsOnTargets) {
        builder.addTarget(target.name(), dependsOnTargets, permissions.resourceDrafts(), personActions);
    }

    /**
     * On a target IdBridge manages no account of yet, the existing accounts that no person correlates to, by display
     * name (user name in brackets); empty when the target already has managed accounts or cannot list accounts.
     */
    List<String> unmatchedAccounts() {
        if (!goneHolders.isEmpty() || store.countAccounts(target.name()) > 0) {
            return List.of();
        }
        Set<String> correlated = new java.util.HashSet<>();
        personActions.values().forEach(drafts -> drafts.stream().filter(draft -> draft.type() == ActionType.CORRELATE)
                .forEach(draft -> correlated.add(String.valueOf(((Map<?, ?>) draft.payload().get("ref")).get("id")))));
        return lookups.accountsOtherThan(correlated);
    }

    private Optional<AccountData> planCreate(String personId, PersonEvaluation evaluation, Map<String, Object> variables,
                                             List<Draft> drafts, List<Contract> contracts) {
        AccountData desired = new AccountData(evaluate(target.account().fields(), variables));
        Map<String, Object> payload = new LinkedHashMap<>();
        if (linksManagers && evaluation.person().managerId() != null) {
            payload.put("managerId", evaluation.person().managerId());
        }
        Optional<AccountResult> correlated;
        try {
            correlated = correlate(variables, payload);
        } catch (ConnectorException failure) {
            builder.problem(new PlanProblem(target.name(), personId, failure.getMessage(),
                    PlanProblem.Withheld.TARGET));
            return Optional.empty();
        }
        if (correlated.isPresent()) {
            AccountData found = correlated.get().data();
            for (UniqueField unique : target.account().uniqueFields()) {
                Object kept = found.get(unique.field());
                if (kept != null) {
                    uniqueValues.keep(unique.field(), kept.toString());
                }
            }
            payload.put("ref", Json.readMap(Json.writeRef(correlated.get().ref())));
            payload.put("data", found.values());
            drafts.add(new Draft(ActionType.CORRELATE, payload, "an existing account matches "
                    + payload.get("correlation")));
            Map<String, Object> changes = changes(found, desired);
            if (!changes.isEmpty()) {
                drafts.add(new Draft(ActionType.UPDATE, Map.of("data", changedData(desired, changes), "changes", changes),
                        "the correlated account differs from the mapping"));
            }
            return Optional.of(found.with(desired));
        }
        Map<String, Object> unique = new LinkedHashMap<>();
        Map<String, String> reserved = reservations.of(personId);
        for (UniqueField field : target.account().uniqueFields()) {
            String value = reserved.get(field.field());
            if (value == null) {
                Optional<String> generated = uniqueValues.generate(field, variables, personId);
                if (generated.isEmpty()) {
                    builder.problem(new PlanProblem(target.name(), personId, "no free value for " + field.field()
                            + " after trying every candidate up to iteration " + field.maxIterations(),
                            PlanProblem.Withheld.TARGET));
                    return Optional.empty();
                }
                value = generated.get();
            } else {
                uniqueValues.keep(field.field(), value);
            }
            unique.put(field.field(), value);
        }
        Map<String, Object> data = new LinkedHashMap<>(desired.values());
        // the new account carries the value it is correlated by, so the next run finds it (and AFAS finds the employee)
        if (payload.get("correlation") instanceof Map<?, ?> correlation) {
            data.putIfAbsent(correlation.get("field").toString(), correlation.get("value"));
        }
        data.putAll(evaluate(target.account().createOnly(), variables));
        data.putAll(unique);
        payload.put("data", data);
        payload.put("unique", unique);
        drafts.add(new Draft(ActionType.CREATE, payload, "granted by " + rules(evaluation) + startReason(contracts)));
        return Optional.of(new AccountData(data));
    }

    private Optional<AccountResult> correlate(Map<String, Object> variables, Map<String, Object> payload) {
        if (target.correlation() == null) {
            return Optional.empty();
        }
        String value = target.correlation().personValue().evaluateString(variables);
        if (value.isBlank()) {
            return Optional.empty();
        }
        payload.put("correlation", Map.of("field", target.correlation().accountField(), "value", value));
        return lookups.correlate(target.correlation().accountField(), value);
    }

    private AccountData planUpdate(String personId, PersonEvaluation evaluation, AccountData current,
                                   Map<String, Object> variables, List<Draft> drafts) {
        Map<String, Object> desired = evaluate(target.account().fields(), variables);
        for (UniqueField field : target.account().uniqueFields()) {
            // a unique value, once given, stays: renames are the target's update-user-name decision, not ours
            Object kept = current.get(field.field());
            if (kept == null) {
                kept = reservations.of(personId).get(field.field());
            }
            if (kept != null) {
                desired.put(field.field(), kept);
            }
        }
        // a target that does not link managers must not see an update when a manager's account appears
        String managerId = linksManagers ? evaluation.person().managerId() : null;
        managerAccountId(managerId).ifPresent(account -> desired.put(Json.MANAGER_FIELD, account));
        AccountData wanted = new AccountData(desired);
        Map<String, Object> changes = changes(current, wanted);
        if (!changes.isEmpty()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("data", changedData(wanted, changes));
            payload.put("changes", changes);
            if (managerId != null) {
                payload.put("managerId", managerId);
            }
            drafts.add(new Draft(ActionType.UPDATE, payload, "changed: " + String.join(", ", changes.keySet())));
        }
        return current.with(wanted);
    }

    /** The id of the manager's account here, when the manager holds one. */
    private Optional<String> managerAccountId(String managerId) {
        return Optional.ofNullable(managerId).flatMap(accounts::of)
                .filter(manager -> manager.refJson() != null && manager.lifecycle() != AccountLifecycle.DELETED)
                .map(manager -> Json.readRef(manager.refJson()).id());
    }

    private void planLeaving(AccountState state, Desired desired, List<Contract> contracts,
                             Map<String, Object> variables, List<Draft> drafts) {
        LifecyclePolicy policy = target.lifecycle();
        if (state.lifecycle() == AccountLifecycle.CREATED || state.lifecycle() == AccountLifecycle.ENABLED) {
            drafts.add(new Draft(ActionType.DISABLE, Map.of("data", evaluate(target.account().onDisable(), variables)),
                    contracts.isEmpty() ? "no contract in conditions any more"
                            : "the last contract in conditions ended" + endReason(contracts)));
            return;
        }
        boolean due = state.lifecycle() == AccountLifecycle.DISABLED && desired != Desired.EXISTS_DISABLED
                && policy.deleteDaysAfterDisable() != null && state.disabledOn() != null
                && !today.isBefore(state.disabledOn().plusDays(policy.deleteDaysAfterDisable()))
                && !AccountTiming.hasFutureContract(contracts, policy, today);
        if (due) {
            drafts.add(new Draft(ActionType.DELETE, Map.of("data", evaluate(target.account().onDelete(), variables)),
                    "disabled on " + state.disabledOn() + ", "
                    + policy.deleteDaysAfterDisable() + " days ago or more"));
        }
    }

    private void planPermissions(String personId, PersonEvaluation evaluation, Map<String, Object> personView,
                                 boolean wanted, List<Draft> drafts) {
        Map<PermissionKey, PermissionDefinition> desired = wanted && evaluation != null
                ? permissions.desired(evaluation, variables(personView), today) : Map.of();
        Map<PermissionKey, GrantedPermission> held = new LinkedHashMap<>();
        heldPermissions.of(personId).forEach(permission ->
                held.put(new PermissionKey(permission.type(), permission.name()), permission));
        desired.forEach((key, definition) -> {
            if (held.containsKey(key)) {
                return;
            }
            Optional<Map<String, Object>> permission = permissions.resolveForGrant(key, definition);
            if (permission.isEmpty()) {
                builder.problem(new PlanProblem(target.name(), personId, key.type() + " '" + key.name()
                        + "' does not exist in " + target.name() + " and is not set to be created",
                        PlanProblem.Withheld.PERMISSION));
                return;
            }
            drafts.add(new Draft(ActionType.GRANT, Map.of("permission", permission.get()),
                    "granted by " + rules(evaluation, definition.name())));
        });
        held.forEach((key, permission) -> {
            if (!desired.containsKey(key) && permissions.revocable(key.type())) {
                drafts.add(new Draft(ActionType.REVOKE, Map.of("permission", Map.of("type", permission.type(),
                        "id", permission.permissionId(), "name", permission.name())),
                        "no longer granted by any rule"));
            }
        });
    }

    private Map<String, Object> variables(Map<String, Object> personView) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("person", personView);
        variables.put("contract", personView.get("primaryContract"));
        variables.put("today", today.toString());
        variables.put("iteration", 0L);
        return variables;
    }

    private static Map<String, Object> evaluate(Map<String, Expression> fields, Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((field, expression) -> values.put(field, expression.evaluate(variables)));
        return values;
    }

    /** Changed fields as {@code field -> {old, new}}. */
    private static Map<String, Object> changes(AccountData current, AccountData desired) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : current.changedFields(desired)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("old", current.get(field));
            change.put("new", desired.get(field));
            changes.put(field, change);
        }
        return changes;
    }

    private static Map<String, Object> changedData(AccountData desired, Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        changes.keySet().forEach(field -> data.put(field, desired.get(field)));
        return data;
    }

    private void keepExistingUniqueValues() {
        for (UniqueField field : target.account().uniqueFields()) {
            accounts.everyone().values().forEach(stored -> {
                AccountState account = stored.orElseThrow();
                Object value = Json.readData(account.dataJson()).get(field.field());
                if (value != null && account.lifecycle() != AccountLifecycle.DELETED) {
                    uniqueValues.keep(field.field(), value.toString());
                }
            });
        }
    }

    /**
     * The start of the contract that makes the account due: the earliest of those not ended yet, so that a rehire
     * names the new contract rather than the one that ended years ago.
     */
    private String startReason(List<Contract> contracts) {
        return contracts.stream().filter(contract -> contract.endDate() == null || !contract.endDate().isBefore(today))
                .min(java.util.Comparator.comparing(Contract::startDate))
                .map(contract -> " (contract " + contract.externalId() + " starts " + contract.startDate() + ")")
                .orElse("");
    }

    private static String endReason(List<Contract> contracts) {
        return contracts.stream().map(Contract::endDate).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                .map(end -> " on " + end).orElse("");
    }

    private String rules(PersonEvaluation evaluation) {
        return rules(evaluation, TargetSettings.ACCOUNT);
    }

    private String rules(PersonEvaluation evaluation, String entitlement) {
        Set<String> names = new TreeSet<>(evaluation.entitlements().rules(new EntitlementRef(target.name(), entitlement)));
        return "rule " + String.join(", ", names);
    }

    /** A permission by type and name, the way rules and the store both know it. */
    record PermissionKey(String type, String name) {
    }
}
