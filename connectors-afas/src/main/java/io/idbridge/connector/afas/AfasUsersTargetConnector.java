package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.toolkit.Json;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The AFAS user of an employee ({@code connector = afas-users}), the write-back of the UPN and e-mail HelloID gave
 * (systems.md §3.5). The account is the employee's AFAS user, found through the Users GetConnector by any of its
 * fields (usually {@code Medewerker}); the reference is {@code Gebruiker} (the user id). Account fields are KnUser's:
 * {@code Upn}, {@code EmAd}, {@code Site}, {@code InSi} are written, only when they differ; {@code UsId} (read from
 * {@code Gebruiker}) and {@code Nm} (read from {@code DisplayName}) are written when creating only; {@code Medewerker},
 * {@code Persoonsnummer} and {@code Geblokkeerd} are read.
 *
 * <p>Disable blocks (MtCd 2, memberships kept), enable unblocks (MtCd 6), delete blocks and removes the memberships
 * (MtCd 0) and then clears UPN and e-mail: AFAS users are never removed, so a deleted account still reads, blocked.
 * A user is created only when {@code create-user} is on, with {@code POST} (AFAS's insert; systems.md §3.5 says every
 * write is a PUT, but the reference's create script inserts with POST and §3.1 gives POST as insert).
 */
final class AfasUsersTargetConnector implements TargetConnector, CorrelateAccountOp, CreateAccountOp, UpdateAccountOp,
        EnableAccountOp, DisableAccountOp, DeleteAccountOp {
    static final String USER_ID = "UsId";
    static final String NAME = "Nm";
    /** KnUser fields this connector writes, and the Users GetConnector column that shows each. */
    static final Map<String, String> WRITABLE = Map.of("Upn", "UPN", "EmAd", "Email_werk_gebruiker",
            "Site", "OutSite", "InSi", "InSite");
    /** Every account field as read, and its column: the written ones, UsId and Nm, and read-only ones. */
    static final Map<String, String> READ = columns();
    private static final Set<String> CREATE_ONLY = Set.of(USER_ID, NAME);
    private static final int UPDATE = 1;
    private static final int BLOCK = 2;
    private static final int UNBLOCK = 6;
    private static final int BLOCK_AND_REMOVE_GROUPS = 0;

    private final AfasTargetConfig config;
    private final AfasClient client;
    private final String target;

    AfasUsersTargetConnector(AfasTargetConfig config, AfasClient client, String instanceName) {
        this.config = requireNonNull(config, "config is null");
        this.client = requireNonNull(client, "client is null");
        this.target = "target " + requireNonNull(instanceName, "instanceName is null");
    }

    @Override
    public void test() {
        client.checkAccess(config.getConnector(), "Medewerker");
    }

    @Override
    public List<PermissionType> permissionTypes() {
        return List.of();
    }

    /** The employee's user; an employee without a user ({@code Gebruiker} empty) has no account. */
    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        return AfasRecords.one(client, config.getConnector(), accountField, value, "employees")
                .filter(AfasUsersTargetConnector::hasUser)
                .map(row -> result(row, AccountData.EMPTY, Outcome.CORRELATED, "CorrelateAccount",
                        "Correlated AFAS user " + row.get("Gebruiker") + " of employee " + row.get("Medewerker")));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return find(ref).map(row -> result(row, AccountData.EMPTY, Outcome.NO_CHANGE, "ReadAccount",
                "Read AFAS user " + ref.id()));
    }

    /**
     * Like the reference connector: finds the employee by {@code Medewerker}; an existing user is correlated and
     * brought up to date; otherwise a user is inserted when {@code create-user} is on. Never creates an employee.
     */
    @Override
    public AccountResult create(AccountData data, OperationOptions options) {
        Object employee = data.get("Medewerker");
        if (employee == null || employee.toString().isBlank()) {
            throw new ConnectorException(AfasErrorCode.AFAS_FIELD_NOT_WRITABLE, target + ": the account data needs "
                    + "Medewerker (the employee number) to find the employee in AFAS");
        }
        Map<String, Object> row = AfasRecords.one(client, config.getConnector(), "Medewerker", employee.toString(),
                "employees").orElseThrow(() -> new ConnectorException(AfasErrorCode.AFAS_EMPLOYEE_NOT_FOUND,
                "employee " + employee + " does not exist in AFAS (GetConnector " + config.getConnector()
                        + "); the write-back never creates employees"));
        if (hasUser(row)) {
            AccountResult updated = write(row, data, UPDATE, "CreateAccount");
            return new AccountResult(updated.ref(), updated.data(), updated.previous(), Outcome.CHANGED,
                    updated.audit());
        }
        return insert(row, data);
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        return write(existing(ref, "update"), desired, UPDATE, "UpdateAccount");
    }

    @Override
    public AccountResult enable(AccountRef ref, AccountData desired) {
        Map<String, Object> row = existing(ref, "enable");
        return toggle(row, desired, false, UNBLOCK, "EnableAccount");
    }

    @Override
    public AccountResult disable(AccountRef ref, AccountData desired) {
        Optional<Map<String, Object>> row = find(ref);
        if (row.isEmpty()) {
            return skipped(ref, "DisableAccount");
        }
        return toggle(row.get(), desired, true, BLOCK, "DisableAccount");
    }

    /** MtCd 0 (block, leave every group but Everybody), then clear UPN and e-mail as the reference's Delete mapping. */
    @Override
    public AccountResult delete(AccountRef ref) {
        Optional<Map<String, Object>> found = find(ref);
        if (found.isEmpty()) {
            return skipped(ref, "DeleteAccount");
        }
        Map<String, Object> row = found.get();
        AccountData previous = data(row);
        client.update(config.updateConnector(), body(ref.id(), Map.of("MtCd", BLOCK_AND_REMOVE_GROUPS,
                NAME, name(row, AccountData.EMPTY))));
        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("Upn", "");
        clear.put("EmAd", "");
        clear.put("Site", true);
        clear.put("InSi", false);
        Map<String, Object> changes = AfasRecords.changes(previous, new AccountData(clear), WRITABLE.keySet(),
                Set.of(), target);
        if (!changes.isEmpty()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("MtCd", UPDATE);
            fields.putAll(changes);
            client.update(config.updateConnector(), body(ref.id(), fields));
        }
        return AfasRecords.result(ref, previous.with(new AccountData(changes)), previous, Outcome.CHANGED,
                "DeleteAccount", "Blocked AFAS user " + ref.id() + ", removed its groups and cleared "
                        + (changes.isEmpty() ? "nothing" : String.join(", ", changes.keySet())));
    }

    @Override
    public void close() {
        client.close();
    }

    private AccountResult toggle(Map<String, Object> row, AccountData desired, boolean block, int mutation,
                                 String action) {
        boolean blocked = Boolean.TRUE.equals(row.get("Geblokkeerd"))
                || "true".equalsIgnoreCase(String.valueOf(row.get("Geblokkeerd")));
        AccountData previous = data(row);
        Map<String, Object> changes = AfasRecords.changes(previous, desired, WRITABLE.keySet(), CREATE_ONLY, target);
        String userId = row.get("Gebruiker").toString();
        if (blocked == block && changes.isEmpty()) {
            return AfasRecords.result(ref(row), previous, previous, Outcome.NO_CHANGE, action,
                    "AFAS user " + userId + " already " + (block ? "blocked" : "unblocked"));
        }
        if (blocked != block) {
            client.update(config.updateConnector(), body(userId, Map.of("MtCd", mutation, NAME, name(row, desired))));
        }
        if (!changes.isEmpty()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("MtCd", UPDATE);
            fields.putAll(changes);
            client.update(config.updateConnector(), body(userId, fields));
        }
        Map<String, Object> now = new LinkedHashMap<>(changes);
        now.put("Geblokkeerd", block);
        return AfasRecords.result(ref(row), previous.with(new AccountData(now)), previous, Outcome.CHANGED, action,
                (block ? "Blocked" : "Unblocked") + " AFAS user " + userId
                        + (changes.isEmpty() ? "" : " and set " + String.join(", ", changes.keySet())));
    }

    /** One PUT with MtCd and only the fields that differ; nothing at all when none does. */
    private AccountResult write(Map<String, Object> row, AccountData desired, int mutation, String action) {
        AccountData previous = data(row);
        String userId = row.get("Gebruiker").toString();
        Object wantedId = desired.get(USER_ID);
        if (wantedId != null && !wantedId.toString().isBlank() && !AfasRecords.same(userId, wantedId)) {
            throw new ConnectorException(AfasErrorCode.AFAS_FIELD_NOT_WRITABLE, target + " does not rename AFAS user "
                    + userId + " to " + wantedId + " (renaming a user id breaks the user's logins)");
        }
        Map<String, Object> changes = AfasRecords.changes(previous, desired, WRITABLE.keySet(), CREATE_ONLY, target);
        if (changes.isEmpty()) {
            return AfasRecords.result(ref(row), previous, previous, Outcome.NO_CHANGE, action,
                    "AFAS user " + userId + " already up to date");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("MtCd", mutation);
        fields.putAll(changes);
        client.update(config.updateConnector(), body(userId, fields));
        return AfasRecords.result(ref(row), previous.with(new AccountData(changes)), previous, Outcome.CHANGED, action,
                "Set " + String.join(", ", changes.keySet()) + " of AFAS user " + userId);
    }

    /** {@code POST KnUser} with the fields an insert requires (systems.md §3.5), then reads the new user back. */
    private AccountResult insert(Map<String, Object> row, AccountData data) {
        Object employee = row.get("Medewerker");
        if (!config.createUser()) {
            throw new ConnectorException(AfasErrorCode.AFAS_USER_NOT_CREATED, "employee " + employee
                    + " has no AFAS user and create-user is off for " + target);
        }
        Object userId = data.get(USER_ID);
        if (userId == null || userId.toString().isBlank()) {
            throw new ConnectorException(AfasErrorCode.AFAS_USER_NOT_CREATED, target + " cannot create an AFAS user "
                    + "for employee " + employee + ": the account data gives no UsId");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("MtCd", UPDATE);
        fields.put("BcCo", row.get("Persoonsnummer"));
        fields.put(NAME, name(row, data));
        fields.put("Site", false);
        fields.put("InSi", true);
        for (String flag : List.of("Awin", "Acon", "Abac", "Acom", "OcUs", "PoMa", "AcUs")) {
            fields.put(flag, false);
        }
        WRITABLE.keySet().stream().filter(data::has).sorted()
                .forEach(field -> fields.put(field, data.get(field) == null ? "" : data.get(field)));
        client.insert(config.updateConnector(), body(userId.toString(), fields));
        Map<String, Object> created = find(AccountRef.of(userId.toString())).orElseThrow(() -> new ConnectorException(
                AfasErrorCode.AFAS_REQUEST_REJECTED, "AFAS accepted user " + userId + " but "
                + config.getConnector() + " does not show it"));
        return result(created, AccountData.EMPTY, Outcome.CHANGED, "CreateAccount",
                "Created AFAS user " + userId + " for employee " + employee);
    }

    private Optional<Map<String, Object>> find(AccountRef ref) {
        return AfasRecords.one(client, config.getConnector(), "Gebruiker", ref.id(), "users");
    }

    private Map<String, Object> existing(AccountRef ref, String operation) {
        return find(ref).orElseThrow(() -> new UnknownAccountException("AFAS user " + ref.id()
                + " does not exist in " + config.getConnector() + "; cannot " + operation + " it"));
    }

    private static ObjectNode body(String userId, Map<String, Object> fields) {
        ObjectNode element = Json.object().put("@UsId", userId);
        element.set("Fields", Json.MAPPER.valueToTree(fields));
        ObjectNode user = Json.object();
        user.set("KnUser", Json.object().set("Element", element));
        return user;
    }

    /** The reference sends the display name as Nm with every enable, disable and delete. */
    private static Object name(Map<String, Object> row, AccountData data) {
        Object name = data.get(NAME);
        return name == null || name.toString().isBlank() ? row.get("DisplayName") : name;
    }

    private static boolean hasUser(Map<String, Object> row) {
        Object user = row.get("Gebruiker");
        return user != null && !user.toString().isBlank();
    }

    private static AccountRef ref(Map<String, Object> row) {
        return new AccountRef(row.get("Gebruiker").toString(), Map.of("Medewerker", String.valueOf(row.get("Medewerker"))));
    }

    private static AccountData data(Map<String, Object> row) {
        return AfasRecords.data(row, READ);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Medewerker", "Medewerker");
        columns.put("Persoonsnummer", "Persoonsnummer");
        columns.put(USER_ID, "Gebruiker");
        columns.put(NAME, "DisplayName");
        columns.put("Geblokkeerd", "Geblokkeerd");
        new TreeMap<>(WRITABLE).forEach(columns::put);
        return Collections.unmodifiableMap(columns);
    }

    private static AccountResult result(Map<String, Object> row, AccountData previous, Outcome outcome, String action,
                                        String message) {
        return AfasRecords.result(ref(row), data(row), previous, outcome, action, message);
    }

    private static AccountResult skipped(AccountRef ref, String action) {
        return AfasRecords.result(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND, action,
                "Skipped " + action + ": AFAS user " + ref.id() + " not found (possibly already deleted)");
    }
}
