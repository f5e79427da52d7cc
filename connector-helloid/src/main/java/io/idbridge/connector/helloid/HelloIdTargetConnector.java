package io.idbridge.connector.helloid;

import static io.idbridge.connector.helloid.HelloIdUsers.MANAGER;
import static io.idbridge.connector.helloid.HelloIdUsers.USER_GUID;
import static io.idbridge.connector.helloid.HelloIdUsers.USER_NAME;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.AccountAlreadyExistsException;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionMembers;
import io.idbridge.spi.model.PermissionResult;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.CreateResourceOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import io.idbridge.spi.target.operation.ListPermissionsOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.spi.target.operation.ValueInUseOp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HelloID as a target (systems.md §2): users with their attributes, group memberships and self-service products.
 * Missing accounts follow systems.md §1.3: delete, disable and revoke succeed as a skip; update, enable and grant raise
 * {@link UnknownAccountException}. Thread-safe.
 */
public final class HelloIdTargetConnector implements TargetConnector, CorrelateAccountOp, CreateAccountOp,
        UpdateAccountOp, EnableAccountOp, DisableAccountOp, DeleteAccountOp, ListPermissionsOp, GrantPermissionOp,
        RevokePermissionOp, CreateResourceOp, ImportAccountsOp, ValueInUseOp {
    private final HelloIdConfig config;
    private final HelloIdClient client;
    private final HelloIdAccountUpdater updater;
    private final HelloIdPermissions permissions;
    private final HelloIdCorrelation correlation;

    HelloIdTargetConnector(HelloIdConfig config, HelloIdClient client) {
        this.config = requireNonNull(config, "config is null");
        this.client = requireNonNull(client, "client is null");
        this.updater = new HelloIdAccountUpdater(client, config);
        this.permissions = new HelloIdPermissions(client);
        this.correlation = new HelloIdCorrelation(client);
    }

    /** Checks URL and credentials with one {@code GET /users?take=1&skip=0}. */
    @Override
    public void test() {
        client.checkAccess();
    }

    @Override
    public List<PermissionType> permissionTypes() {
        return HelloIdPermissions.TYPES;
    }

    /** With {@code set-manager}: {@code managedByUserGUID} follows the manager's account. */
    @Override
    public boolean linksManagers() {
        return config.setManager();
    }

    /**
     * {@code userName} (or {@code userGUID}) is one {@code GET /users/{value}}. Any other field, e.g.
     * {@code userAttributes.employeeId}, pages through every user ({@code users / page-size} requests per call), since
     * the API has no search by attribute; prefer {@code userName} for large tenants.
     */
    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        return correlation.correlate(requireNonNull(accountField, "accountField is null"),
                requireNonNull(value, "value is null"));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return client.findUser(ref.id()).map(HelloIdUsers::flatten)
                .map(data -> new AccountResult(ref, data, data, Outcome.NO_CHANGE, List.of()));
    }

    /**
     * {@code POST /users} with the mapped data, dotted names nested ({@code userAttributes.*}). {@code isEnabled} is
     * false unless the data says true; {@code managedByUserGUID} is the manager's account when {@code set-manager} is
     * on and the person has one, and is left out otherwise.
     */
    @Override
    public AccountResult create(AccountData data, OperationOptions options) {
        Map<String, Object> values = new LinkedHashMap<>(HelloIdUsers.withBooleans(data).values());
        values.remove(USER_GUID);
        values.put(HelloIdUsers.IS_ENABLED, Boolean.TRUE.equals(values.get(HelloIdUsers.IS_ENABLED)));
        values.remove(MANAGER);
        if (config.setManager()) {
            options.manager().ifPresent(manager -> values.put(MANAGER, manager.id()));
        }
        ObjectNode created;
        try {
            created = client.createUser(HelloIdUsers.toBody(new AccountData(values)));
        } catch (ConnectorException error) {
            if (error.errorType() == ErrorType.CONFLICT) {
                throw new AccountAlreadyExistsException("HelloID refused to create user " + values.get(USER_NAME)
                        + ": " + error.getMessage(), error);
            }
            throw error;
        }
        AccountRef ref = AccountRef.of(HelloIdUsers.userGuid(created, "POST /users"));
        return new AccountResult(ref, HelloIdUsers.flatten(created), AccountData.EMPTY, Outcome.CHANGED,
                List.of(AuditMessage.info("CreateAccount",
                        "Created account " + values.get(USER_NAME) + " (" + ref.id() + ")")));
    }

    /** One {@code POST /users} with {@code isEnabled: true}, instead of a create, a read and a {@code PUT}. */
    @Override
    public AccountResult create(AccountData data, OperationOptions options, boolean enabled) {
        return create(enabled ? data.with(enabled(true)) : data, options);
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        return updater.apply(ref, desired, options, "UpdateAccount").orElseThrow(() -> unknown(ref, "update"));
    }

    @Override
    public AccountResult enable(AccountRef ref, AccountData desired) {
        return updater.apply(ref, desired.with(enabled(true)), OperationOptions.NONE, "EnableAccount")
                .orElseThrow(() -> unknown(ref, "enable"));
    }

    @Override
    public AccountResult disable(AccountRef ref, AccountData desired) {
        return updater.apply(ref, desired.with(enabled(false)), OperationOptions.NONE, "DisableAccount")
                .orElseGet(() -> skipped(ref, "DisableAccount"));
    }

    /** {@code GET} then {@code DELETE /users/{guid}}; a user that is already gone is a skip. */
    @Override
    public AccountResult delete(AccountRef ref) {
        Optional<ObjectNode> user = client.findUser(ref.id());
        if (user.isEmpty()) {
            return skipped(ref, "DeleteAccount");
        }
        AccountData previous = HelloIdUsers.flatten(user.get());
        try {
            client.deleteUser(ref.id());
        } catch (ConnectorException error) {
            if (HelloIdClient.isUserNotFound(error)) {
                return skipped(ref, "DeleteAccount");
            }
            throw error;
        }
        return new AccountResult(ref, AccountData.EMPTY, previous, Outcome.CHANGED,
                List.of(AuditMessage.info("DeleteAccount", "Deleted " + HelloIdAccountUpdater.describe(ref, previous))));
    }

    @Override
    public List<Permission> listPermissions(String type) {
        return permissions.list(type);
    }

    @Override
    public PermissionResult grant(AccountRef account, Permission permission) {
        return permissions.grant(account, permission);
    }

    @Override
    public PermissionResult revoke(AccountRef account, Permission permission) {
        return permissions.revoke(account, permission);
    }

    /** Groups only: finds the group by name or creates it with {@code POST /groups {name, isEnabled: true}}. */
    @Override
    public Permission ensureResource(String type, String name) {
        if (!HelloIdPermissions.GROUP.equals(type)) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_UNSUPPORTED_PERMISSION_TYPE,
                    "HelloID can create resources of type group only, not " + type);
        }
        if (name == null || name.isBlank()) {
            throw new ConnectorException(StandardErrorCode.REJECTED_BY_TARGET, "a HelloID group needs a name");
        }
        return permissions.ensureGroup(name);
    }

    @Override
    public Stream<ImportedAccount> importAccounts() {
        return HelloIdImport.accounts(client);
    }

    @Override
    public Stream<PermissionMembers> importPermissions() {
        return permissions.importAll();
    }

    /** {@code userName} only: one {@code GET /users/{value}}. */
    @Override
    public boolean isValueInUse(String accountField, String value) {
        if (!USER_NAME.equalsIgnoreCase(accountField)) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_UNSUPPORTED_FIELD,
                    "HelloID can check userName for uniqueness, not " + accountField);
        }
        return correlation.findByUserName(value).isPresent();
    }

    @Override
    public void close() {
        client.close();
    }

    private static AccountData enabled(boolean enabled) {
        return new AccountData(Map.of(HelloIdUsers.IS_ENABLED, enabled));
    }

    private static UnknownAccountException unknown(AccountRef ref, String operation) {
        return new UnknownAccountException("HelloID user " + ref.id() + " does not exist; cannot " + operation + " it");
    }

    private static AccountResult skipped(AccountRef ref, String action) {
        return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND,
                List.of(AuditMessage.info(action, "Skipped " + action + ": HelloID user " + ref.id() + " not found")));
    }
}
