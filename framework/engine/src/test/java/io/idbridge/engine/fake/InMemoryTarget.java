package io.idbridge.engine.fake;

import io.idbridge.spi.error.AccountAlreadyExistsException;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
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
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.PermissionMembers;
import io.idbridge.spi.target.operation.ListPermissionsOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.spi.target.operation.ValueInUseOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A target kept in memory with HelloID-like semantics: accounts with a unique userName, groups (revocable, creatable)
 * and products (grant-only). It records every mutating call, and can fail the next calls transiently.
 */
public final class InMemoryTarget implements TargetConnector, CorrelateAccountOp, CreateAccountOp, UpdateAccountOp,
        EnableAccountOp, DisableAccountOp, DeleteAccountOp, ListPermissionsOp, GrantPermissionOp, RevokePermissionOp,
        CreateResourceOp, ValueInUseOp, ImportAccountsOp {
    private final Map<String, Map<String, Object>> accounts = new ConcurrentHashMap<>();
    private final Map<String, Permission> permissions = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> holdings = new ConcurrentHashMap<>();
    private final List<String> mutatingCalls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger transientFailures = new AtomicInteger();
    private volatile boolean rejectCreates;

    private volatile Runnable nextCreateHook;

    public InMemoryTarget group(String name) {
        String id = "g-" + name;
        permissions.put(id, new Permission("group", id, name));
        return this;
    }

    public InMemoryTarget product(String name) {
        String id = "p-" + name;
        permissions.put(id, new Permission("product", id, name));
        return this;
    }

    /** An account that exists before IdBridge, e.g. to correlate. */
    public String existingAccount(Map<String, Object> data) {
        String id = "u" + ids.incrementAndGet();
        Map<String, Object> account = new LinkedHashMap<>(data);
        account.putIfAbsent("isEnabled", false);
        accounts.put(id, account);
        return id;
    }

    /** The next {@code count} operations fail with 503-like transient errors before doing anything. */
    public void failNext(int count) {
        transientFailures.set(count);
    }

    /** Creates fail for good (the target rejects them) until switched off again. */
    /** Runs {@code hook} at the start of the next create, before the account exists (e.g. to stop the engine). */
    public void onNextCreate(Runnable hook) {
        nextCreateHook = hook;
    }

    public void rejectCreates(boolean reject) {
        rejectCreates = reject;
    }

    public List<String> mutatingCalls() {
        return List.copyOf(mutatingCalls);
    }

    public void clearCalls() {
        mutatingCalls.clear();
    }

    public Map<String, Map<String, Object>> accounts() {
        return Map.copyOf(accounts);
    }

    public Optional<Map<String, Object>> accountByUserName(String userName) {
        return accounts.values().stream().filter(account -> userName.equals(account.get("userName"))).findFirst();
    }

    public Set<String> groupsOf(String userName) {
        String id = accounts.entrySet().stream().filter(entry -> userName.equals(entry.getValue().get("userName")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Set<String> names = new TreeSet<>();
        holdings.getOrDefault(id, Set.of()).forEach(permission -> names.add(permissions.get(permission).name()));
        return names;
    }

    public Set<String> groupNames() {
        Set<String> names = new TreeSet<>();
        permissions.values().stream().filter(permission -> permission.type().equals("group"))
                .forEach(permission -> names.add(permission.name()));
        return names;
    }

    /** Like HelloID with set-manager: create and update take the manager's account as managedByUserGUID. */
    @Override
    public boolean linksManagers() {
        return true;
    }

    @Override
    public void test() {
    }

    @Override
    public List<PermissionType> permissionTypes() {
        return List.of(new PermissionType("group", true, true), new PermissionType("product", false, false));
    }

    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        maybeFail();
        List<Map.Entry<String, Map<String, Object>>> matches = accounts.entrySet().stream()
                .filter(entry -> value.equals(String.valueOf(entry.getValue().get(accountField)))).toList();
        if (matches.size() > 1) {
            throw new ConnectorException(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH, matches.size()
                    + " accounts have " + accountField + " " + value);
        }
        return matches.stream().findFirst().map(entry -> result(entry.getKey(), Outcome.CORRELATED));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return Optional.ofNullable(accounts.get(ref.id())).map(account -> result(ref.id(), Outcome.NO_CHANGE));
    }

    @Override
    public synchronized AccountResult create(AccountData data, OperationOptions options) {
        Runnable hook = nextCreateHook;
        nextCreateHook = null;
        if (hook != null) {
            hook.run();
        }
        maybeFail();
        if (rejectCreates) {
            throw new ConnectorException(StandardErrorCode.REJECTED_BY_TARGET, "create rejected by the target");
        }
        Object userName = data.get("userName");
        if (userName != null && accountByUserName(userName.toString()).isPresent()) {
            throw new AccountAlreadyExistsException("userName " + userName + " is taken");
        }
        String id = "u" + ids.incrementAndGet();
        Map<String, Object> account = new LinkedHashMap<>(data.values());
        account.put("isEnabled", false);
        options.manager().ifPresent(manager -> account.put("managedByUserGUID", manager.id()));
        accounts.put(id, account);
        mutatingCalls.add("create " + userName);
        return result(id, Outcome.CHANGED);
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        AccountData withManager = options.manager()
                .map(manager -> desired.with(new AccountData(Map.of("managedByUserGUID", manager.id()))))
                .orElse(desired);
        return change(ref, withManager, "update", null, false);
    }

    @Override
    public AccountResult enable(AccountRef ref, AccountData desired) {
        return change(ref, desired, "enable", true, false);
    }

    @Override
    public AccountResult disable(AccountRef ref, AccountData desired) {
        return change(ref, desired, "disable", false, true);
    }

    @Override
    public AccountResult delete(AccountRef ref) {
        maybeFail();
        if (accounts.remove(ref.id()) == null) {
            return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND, List.of());
        }
        holdings.remove(ref.id());
        mutatingCalls.add("delete " + ref.id());
        return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.CHANGED, List.of());
    }

    @Override
    public List<Permission> listPermissions(String type) {
        return permissions.values().stream().filter(permission -> permission.type().equals(type)).toList();
    }

    @Override
    public PermissionResult grant(AccountRef account, Permission permission) {
        maybeFail();
        if (!accounts.containsKey(account.id())) {
            throw new UnknownAccountException("account " + account.id() + " not found");
        }
        if (!permissions.containsKey(permission.id())) {
            throw new ConnectorException(StandardErrorCode.NOT_FOUND, "no permission " + permission.id());
        }
        boolean added = holdings.computeIfAbsent(account.id(), id -> ConcurrentHashMap.newKeySet()).add(permission.id());
        if (added) {
            mutatingCalls.add("grant " + permission.name() + " to " + accounts.get(account.id()).get("userName"));
        }
        return new PermissionResult(added ? Outcome.CHANGED : Outcome.NO_CHANGE, List.of());
    }

    @Override
    public PermissionResult revoke(AccountRef account, Permission permission) {
        maybeFail();
        if (!accounts.containsKey(account.id())) {
            return new PermissionResult(Outcome.SKIPPED_NOT_FOUND, List.of());
        }
        boolean removed = holdings.getOrDefault(account.id(), Set.of()).remove(permission.id());
        if (removed) {
            mutatingCalls.add("revoke " + permission.name() + " from " + accounts.get(account.id()).get("userName"));
        }
        return new PermissionResult(removed ? Outcome.CHANGED : Outcome.NO_CHANGE, List.of());
    }

    @Override
    public synchronized Permission ensureResource(String type, String name) {
        maybeFail();
        Optional<Permission> existing = permissions.values().stream()
                .filter(permission -> permission.type().equals(type) && permission.name().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        group(name);
        mutatingCalls.add("create group " + name);
        return permissions.get("g-" + name);
    }

    @Override
    public boolean isValueInUse(String accountField, String value) {
        return accounts.values().stream().anyMatch(account -> value.equalsIgnoreCase(String.valueOf(account.get(accountField))));
    }

    @Override
    public java.util.stream.Stream<ImportedAccount> importAccounts() {
        // like a paged API, the first page is fetched (and may fail) when the stream is read, not when it is returned
        return java.util.stream.Stream.of("page 1").flatMap(page -> {
            maybeFail();
            return accounts.entrySet().stream().map(entry -> new ImportedAccount(AccountRef.of(entry.getKey()),
                    String.valueOf(entry.getValue().getOrDefault("firstName", entry.getKey())),
                    (String) entry.getValue().get("userName"), Boolean.TRUE.equals(entry.getValue().get("isEnabled")),
                    new AccountData(entry.getValue())));
        });
    }

    @Override
    public java.util.stream.Stream<PermissionMembers> importPermissions() {
        return permissions.values().stream().map(permission -> new PermissionMembers(permission,
                holdings.entrySet().stream().filter(entry -> entry.getValue().contains(permission.id()))
                        .map(entry -> AccountRef.of(entry.getKey())).toList()));
    }

    @Override
    public void close() {
    }

    private AccountResult change(AccountRef ref, AccountData desired, String verb, Boolean enabled, boolean missingOk) {
        maybeFail();
        Map<String, Object> account = accounts.get(ref.id());
        if (account == null) {
            if (missingOk) {
                return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND,
                        List.of(AuditMessage.info(verb, "account not found")));
            }
            throw new UnknownAccountException("User not found");
        }
        AccountData previous = new AccountData(account);
        AccountData wanted = enabled == null ? desired : desired.with(new AccountData(Map.of("isEnabled", enabled)));
        if (previous.changedFields(wanted).isEmpty()) {
            return new AccountResult(ref, previous, previous, Outcome.NO_CHANGE, List.of());
        }
        account.putAll(wanted.values());
        mutatingCalls.add(verb + " " + account.get("userName") + " " + previous.changedFields(wanted));
        return new AccountResult(ref, new AccountData(account), previous, Outcome.CHANGED, List.of());
    }

    private AccountResult result(String id, Outcome outcome) {
        AccountData data = new AccountData(accounts.get(id));
        return new AccountResult(AccountRef.of(id), data, data, outcome, List.of());
    }

    private void maybeFail() {
        if (transientFailures.getAndUpdate(remaining -> Math.max(0, remaining - 1)) > 0) {
            throw new ConnectorException(StandardErrorCode.SERVICE_UNAVAILABLE, "503 Service Unavailable");
        }
    }
}
