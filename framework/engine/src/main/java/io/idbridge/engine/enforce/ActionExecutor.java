package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.model.Json;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.GrantedPermission;
import io.idbridge.engine.store.StateStore;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionResult;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.CreateResourceOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.ListPermissionsOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.TargetOperation;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries out one journaled action against its target and says what it changed. It checks that the connector
 * supports the operation, resolves references from the store, and correlates before any create that may already have
 * happened (a retry, or a resumed action whose outcome is unknown), so that a create is never duplicated.
 */
final class ActionExecutor {
    private final String target;
    private final TargetConnector connector;
    private final StateStore store;
    private final Clock clock;
    private final Map<String, Map<String, Permission>> permissionsByType = new ConcurrentHashMap<>();
    /**
     * The account states this run's actions committed, by person: what the store holds for them, without a read per
     * action. Only the run's own actions change account states while it runs, and a person's actions on one target
     * run one after the other, so an entry is never older than the store's row.
     */
    private final Map<String, AccountState> committedAccounts = new ConcurrentHashMap<>();

    ActionExecutor(String target, TargetConnector connector, StateStore store, Clock clock) {
        this.target = requireNonNull(target, "target is null");
        this.connector = requireNonNull(connector, "connector is null");
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Runs the action once.
     *
     * @param payload the action's payload, read from its JSON; not changed
     * @param outcomeUnknown whether an earlier attempt may have reached the target
     */
    @SuppressWarnings("unchecked")
    ActionOutcome execute(ActionRecord action, Map<String, Object> payload, boolean outcomeUnknown) {
        return switch (action.actionType()) {
            case "CREATE", "CORRELATE" -> createOrCorrelate(action, payload, outcomeUnknown);
            case "UPDATE" -> update(action, payload);
            case "ENABLE" -> enable(action, payload);
            case "DISABLE" -> disable(action, payload);
            case "DELETE" -> delete(action, payload);
            case "GRANT" -> grant(action, (Map<String, Object>) payload.get("permission"));
            case "REVOKE" -> revoke(action, (Map<String, Object>) payload.get("permission"));
            case "CREATE_RESOURCE" -> createResource(payload);
            default -> throw new ActionFailedException("unknown action type " + action.actionType());
        };
    }

    @SuppressWarnings("unchecked")
    private ActionOutcome createOrCorrelate(ActionRecord action, Map<String, Object> payload, boolean outcomeUnknown) {
        Optional<AccountResult> existing = Optional.empty();
        Map<String, Object> correlation = (Map<String, Object>) payload.get("correlation");
        // the plan correlated moments ago; look again only where the plan found an account to link, or where an
        // earlier attempt may have created one (a lookup can cost a scan of every account in some targets)
        boolean lookUp = outcomeUnknown || action.actionType().equals("CORRELATE");
        if (lookUp && correlation != null && connector instanceof CorrelateAccountOp op) {
            existing = op.correlate((String) correlation.get("field"), (String) correlation.get("value"));
        }
        Map<String, Object> unique = (Map<String, Object>) payload.getOrDefault("unique", Map.of());
        if (existing.isEmpty() && outcomeUnknown && connector instanceof CorrelateAccountOp op) {
            // an earlier attempt may have created the account: find it by a value only this person was given
            for (Map.Entry<String, Object> entry : unique.entrySet()) {
                existing = op.correlate(entry.getKey(), entry.getValue().toString());
                if (existing.isPresent()) {
                    break;
                }
            }
        }
        if (existing.isEmpty() && outcomeUnknown && correlation == null && unique.isEmpty()) {
            throw new ActionFailedException("an earlier attempt to create this account may have succeeded, and the "
                    + "target has neither a correlation nor a unique field to check it by; resolve it by hand");
        }
        // a create planned for a person whose contract has started makes the account enabled at once
        boolean enable = Boolean.TRUE.equals(payload.get("enable"));
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        AccountResult result;
        if (existing.isPresent()) {
            result = existing.get();
            if (enable) {
                AccountResult enabled = require(EnableAccountOp.class).enable(result.ref(),
                        Json.forTarget(new AccountData(data)));
                result = new AccountResult(result.ref(), result.data().with(enabled.data()), result.previous(),
                        result.outcome(), enabled.audit());
            }
        } else {
            result = require(CreateAccountOp.class).create(Json.forTarget(new AccountData(data)),
                    options(action, payload), enable);
        }
        AccountData stored = result.data();
        if (existing.isEmpty()) {
            Optional<String> manager = options(action, payload).manager().map(ref -> ref.id());
            if (manager.isPresent()) {
                stored = stored.with(new AccountData(Map.of(Json.MANAGER_FIELD, manager.get())));
            }
        }
        AccountState state = new AccountState(target, action.personId(), Json.writeRef(result.ref()),
                Json.writeData(stored), enable ? AccountLifecycle.ENABLED : AccountLifecycle.CREATED, null,
                clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ref", result.ref().id());
        summary.put("outcome", existing.isPresent() ? Outcome.CORRELATED.name() : result.outcome().name());
        List<AuditMessage> audit = result.audit().isEmpty()
                ? List.of(AuditMessage.info(existing.isPresent() ? "CorrelateAccount" : "CreateAccount",
                        (existing.isPresent() ? "Correlated existing account " : "Created account ") + result.ref().id()))
                : result.audit();
        return new ActionOutcome(existing.isPresent() ? Outcome.CORRELATED : result.outcome(), state, null, null,
                false, summary, audit);
    }

    @SuppressWarnings("unchecked")
    private ActionOutcome update(ActionRecord action, Map<String, Object> payload) {
        AccountState state = account(action);
        AccountData desired = new AccountData((Map<String, Object>) payload.get("data"));
        AccountResult result = require(UpdateAccountOp.class).update(Json.readRef(state.refJson()),
                Json.forTarget(desired), options(action, payload));
        return accountChange(state, result, desired, state.lifecycle(), state.disabledOn());
    }

    @SuppressWarnings("unchecked")
    private ActionOutcome enable(ActionRecord action, Map<String, Object> payload) {
        AccountState state = account(action);
        AccountData desired = new AccountData((Map<String, Object>) payload.getOrDefault("data", Map.of()));
        AccountResult result = require(EnableAccountOp.class).enable(Json.readRef(state.refJson()), desired);
        return accountChange(state, result, desired, AccountLifecycle.ENABLED, null);
    }

    @SuppressWarnings("unchecked")
    private ActionOutcome disable(ActionRecord action, Map<String, Object> payload) {
        AccountState state = account(action);
        AccountData desired = new AccountData((Map<String, Object>) payload.getOrDefault("data", Map.of()));
        AccountResult result = require(DisableAccountOp.class).disable(Json.readRef(state.refJson()), desired);
        LocalDate disabledOn = state.disabledOn() != null ? state.disabledOn() : LocalDate.now(clock);
        return accountChange(state, result, desired, AccountLifecycle.DISABLED, disabledOn);
    }

    @SuppressWarnings("unchecked")
    private ActionOutcome delete(ActionRecord action, Map<String, Object> payload) {
        AccountState state = account(action);
        AccountData clear = new AccountData((Map<String, Object>) payload.getOrDefault("data", Map.of()));
        if (!clear.values().isEmpty()) {
            // the delete mapping's fields are written first, e.g. to free a unique value held in another system
            try {
                require(UpdateAccountOp.class).update(Json.readRef(state.refJson()), clear, OperationOptions.NONE);
            } catch (io.idbridge.spi.error.UnknownAccountException gone) {
                // nothing to clear on an account that no longer exists; the delete below reports it as not found
                org.slf4j.LoggerFactory.getLogger(ActionExecutor.class).info("{}: {}", target, gone.getMessage());
            }
        }
        AccountResult result = require(DeleteAccountOp.class).delete(Json.readRef(state.refJson()));
        AccountState deleted = new AccountState(target, state.personId(), state.refJson(), state.dataJson(),
                AccountLifecycle.DELETED, state.disabledOn(), clock.instant());
        return new ActionOutcome(result.outcome(), deleted, null, null, true, Map.of("outcome", result.outcome().name()),
                result.audit());
    }

    private ActionOutcome grant(ActionRecord action, Map<String, Object> permissionPayload) {
        AccountState state = account(action);
        Permission permission = resolve(permissionPayload);
        PermissionResult result = require(GrantPermissionOp.class).grant(Json.readRef(state.refJson()), permission);
        GrantedPermission granted = new GrantedPermission(target, action.personId(), permission.type(), permission.id(),
                permission.name(), clock.instant());
        return new ActionOutcome(result.outcome(), null, granted, null, false, permissionSummary(permission, result),
                result.audit());
    }

    private ActionOutcome revoke(ActionRecord action, Map<String, Object> permissionPayload) {
        AccountState state = account(action);
        Permission permission = new Permission((String) permissionPayload.get("type"),
                (String) permissionPayload.get("id"), (String) permissionPayload.get("name"));
        PermissionResult result = require(RevokePermissionOp.class).revoke(Json.readRef(state.refJson()), permission);
        GrantedPermission revoked = new GrantedPermission(target, action.personId(), permission.type(), permission.id(),
                permission.name(), clock.instant());
        return new ActionOutcome(result.outcome(), null, null, revoked, false, permissionSummary(permission, result),
                result.audit());
    }

    private ActionOutcome createResource(Map<String, Object> payload) {
        String type = (String) payload.get("type");
        Permission permission = require(CreateResourceOp.class).ensureResource(type, (String) payload.get("name"));
        permissionsByType.computeIfAbsent(type, this::list).put(permission.name(), permission);
        return new ActionOutcome(Outcome.CHANGED, null, null, null, false, Map.of("id", permission.id()),
                List.of(AuditMessage.info("CreateResource", "Ensured " + type + " '" + permission.name() + "' exists")));
    }

    private Permission resolve(Map<String, Object> payload) {
        String type = (String) payload.get("type");
        String name = (String) payload.get("name");
        Object id = payload.get("id");
        if (id != null) {
            return new Permission(type, id.toString(), name);
        }
        if (!(connector instanceof ListPermissionsOp)) {
            return new Permission(type, name, name);
        }
        Permission permission = permissionsByType.computeIfAbsent(type, this::list).get(name);
        if (permission == null) {
            // created by another action of this run, or by someone else since the plan: list once more
            permission = permissionsByType.compute(type, (key, old) -> list(key)).get(name);
        }
        if (permission == null) {
            throw new ConnectorException(StandardErrorCode.NOT_FOUND, type + " '" + name + "' does not exist in "
                    + target);
        }
        return permission;
    }

    private Map<String, Permission> list(String type) {
        Map<String, Permission> byName = new ConcurrentHashMap<>();
        require(ListPermissionsOp.class).listPermissions(type).forEach(permission ->
                byName.put(permission.name(), permission));
        return byName;
    }

    private ActionOutcome accountChange(AccountState state, AccountResult result, AccountData desired,
                                        AccountLifecycle lifecycle, LocalDate disabledOn) {
        AccountData data = Json.readData(state.dataJson()).with(desired).with(result.data());
        AccountState changed = new AccountState(target, state.personId(), state.refJson(), Json.writeData(data),
                lifecycle, disabledOn, clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", result.outcome().name());
        if (result.outcome() == Outcome.SKIPPED_NOT_FOUND) {
            summary.put("note", "the account was not found in the target");
        }
        return new ActionOutcome(result.outcome(), changed, null, null, false, summary, result.audit());
    }

    private static Map<String, Object> permissionSummary(Permission permission, PermissionResult result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("outcome", result.outcome().name());
        summary.put("permission", permission.type() + " " + permission.name());
        return summary;
    }

    /** Called once an action's outcome, with this account state, is durable. */
    void committed(AccountState account) {
        committedAccounts.put(account.personId(), account);
    }

    /** Called before a run starts: what the last run committed is read from the store again. */
    void forgetCommittedAccounts() {
        committedAccounts.clear();
    }

    private Optional<AccountState> storedAccount(String personId) {
        AccountState known = committedAccounts.get(personId);
        return known != null ? Optional.of(known) : store.account(target, personId);
    }

    private OperationOptions options(ActionRecord action, Map<String, Object> payload) {
        Object managerId = payload.get("managerId");
        if (managerId == null) {
            return OperationOptions.NONE;
        }
        return storedAccount(managerId.toString())
                .filter(manager -> manager.refJson() != null && manager.lifecycle() != AccountLifecycle.DELETED)
                .map(manager -> new OperationOptions(Json.readRef(manager.refJson())))
                .orElse(OperationOptions.NONE);
    }

    private AccountState account(ActionRecord action) {
        return storedAccount(action.personId())
                .filter(state -> state.refJson() != null && state.lifecycle() != AccountLifecycle.DELETED)
                .orElseThrow(() -> new ActionFailedException("person " + action.personId() + " has no account in "
                        + target + " to " + action.actionType().toLowerCase(java.util.Locale.ROOT)));
    }

    private <T extends TargetOperation> T require(Class<T> operation) {
        if (!operation.isInstance(connector)) {
            throw new ConnectorException(StandardErrorCode.UNSUPPORTED_OPERATION, "target " + target
                    + " does not support " + operation.getSimpleName());
        }
        return operation.cast(connector);
    }

}
