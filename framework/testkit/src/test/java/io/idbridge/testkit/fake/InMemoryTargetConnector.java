package io.idbridge.testkit.fake;

import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionResult;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A well-behaved target held in memory, to prove the contract kit passes a correct connector. Groups can be granted
 * and revoked; licences are grant-only.
 */
final class InMemoryTargetConnector implements TargetConnector, CreateAccountOp, CorrelateAccountOp, UpdateAccountOp,
        EnableAccountOp, DisableAccountOp, DeleteAccountOp, GrantPermissionOp, RevokePermissionOp {
    static final String ENABLED = "enabled";

    private final Map<String, AccountData> accounts;
    private final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
    private final List<String> requestUrls;
    private final boolean regrantChanges;

    /** @param regrantChanges a deliberate bug for the kit's own tests: every grant answers CHANGED */
    InMemoryTargetConnector(Map<String, AccountData> accounts, List<String> requestUrls, boolean regrantChanges) {
        this.accounts = accounts;
        this.requestUrls = requestUrls;
        this.regrantChanges = regrantChanges;
    }

    @Override
    public void test() {
        requestUrls.add("/ping");
    }

    @Override
    public List<PermissionType> permissionTypes() {
        return List.of(new PermissionType("group", true, false), new PermissionType("licence", false, false));
    }

    @Override
    public AccountResult create(AccountData data, OperationOptions options) {
        AccountRef ref = AccountRef.of(UUID.randomUUID().toString());
        accounts.put(ref.id(), data);
        requestUrls.add("/accounts");
        return new AccountResult(ref, data, AccountData.EMPTY, Outcome.CHANGED, List.of());
    }

    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        requestUrls.add("/accounts?" + accountField + "=" + value);
        return accounts.entrySet().stream()
                .filter(entry -> Objects.equals(String.valueOf(entry.getValue().get(accountField)), value))
                .findFirst()
                .map(entry -> new AccountResult(AccountRef.of(entry.getKey()), entry.getValue(), AccountData.EMPTY,
                        Outcome.CORRELATED, List.of()));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return Optional.ofNullable(accounts.get(ref.id()))
                .map(data -> new AccountResult(ref, data, data, Outcome.NO_CHANGE, List.of()));
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        return write(ref, desired);
    }

    @Override
    public AccountResult enable(AccountRef ref, AccountData desired) {
        return write(ref, desired.with(new AccountData(Map.of(ENABLED, true))));
    }

    @Override
    public AccountResult disable(AccountRef ref, AccountData desired) {
        if (!accounts.containsKey(ref.id())) {
            return skipped(ref);
        }
        return write(ref, desired.with(new AccountData(Map.of(ENABLED, false))));
    }

    @Override
    public AccountResult delete(AccountRef ref) {
        if (accounts.remove(ref.id()) == null) {
            return skipped(ref);
        }
        return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.CHANGED, List.of());
    }

    @Override
    public PermissionResult grant(AccountRef account, Permission permission) {
        requireAccount(account);
        boolean added = grants.computeIfAbsent(account.id(), id -> new HashSet<>()).add(permission.id());
        return new PermissionResult(added || regrantChanges ? Outcome.CHANGED : Outcome.NO_CHANGE, List.of());
    }

    @Override
    public PermissionResult revoke(AccountRef account, Permission permission) {
        if (!accounts.containsKey(account.id())) {
            return new PermissionResult(Outcome.SKIPPED_NOT_FOUND, List.of());
        }
        boolean removed = grants.getOrDefault(account.id(), new HashSet<>()).remove(permission.id());
        return new PermissionResult(removed ? Outcome.CHANGED : Outcome.NO_CHANGE, List.of());
    }

    @Override
    public void close() {
        grants.clear();
    }

    private AccountResult write(AccountRef ref, AccountData desired) {
        AccountData current = requireAccount(ref);
        if (current.changedFields(desired).isEmpty()) {
            return new AccountResult(ref, current, current, Outcome.NO_CHANGE, List.of());
        }
        AccountData changed = current.with(desired);
        accounts.put(ref.id(), changed);
        return new AccountResult(ref, changed, current, Outcome.CHANGED, List.of());
    }

    private AccountData requireAccount(AccountRef ref) {
        AccountData data = accounts.get(ref.id());
        if (data == null) {
            throw new UnknownAccountException("account " + ref.id() + " does not exist");
        }
        return data;
    }

    private static AccountResult skipped(AccountRef ref) {
        return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND, List.of());
    }
}
