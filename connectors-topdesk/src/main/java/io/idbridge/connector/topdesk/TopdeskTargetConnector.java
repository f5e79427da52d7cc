package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.connector.topdesk.TopdeskLookups.Kind;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.PermissionMembers;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import io.idbridge.toolkit.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TOPdesk persons ({@code connector = topdesk}), after the reference connector (systems.md §4.5). The account is a
 * person, its reference the person's {@code id}; account fields are the person's, nested ones dotted
 * ({@code branch.name}, {@code optionalFields1.text1}). {@code branch.name}, {@code department.name} and
 * {@code budgetHolder.name} are written as the id TOPdesk lists for that name; the branch must exist, a department or
 * budget holder is created when the configuration allows it. Only fields that differ from TOPdesk's are sent. With
 * {@code set-manager}, {@code manager} is the manager's TOPdesk person.
 *
 * <p>Disable archives with the configured reason, enable unarchives, and an update of an archived person unarchives,
 * patches and archives again (TOPdesk refuses to change an archived person). Delete clears the login fields
 * ({@code email}, {@code networkLoginName}, {@code tasLoginName}) and archives: TOPdesk persons are never deleted, so
 * tickets keep their caller. A disable or delete of a person that is gone is a skip, as the SPI asks of every target
 * (the reference's disable reports it as an error).
 */
final class TopdeskTargetConnector implements TargetConnector, CorrelateAccountOp, CreateAccountOp, UpdateAccountOp,
        EnableAccountOp, DisableAccountOp, DeleteAccountOp, ImportAccountsOp {
    /** Cleared on delete, so another person may be given the same logins. */
    static final List<String> LOGIN_FIELDS = List.of("email", "networkLoginName", "tasLoginName");
    /** Two results are enough to tell one match from a duplicate (the reference asks the same). */
    private static final int CORRELATION_PAGE = 2;
    private static final int IMPORT_PAGE = 1000;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)?");

    private final TopdeskTargetConfig config;
    private final TopdeskClient client;
    private final TopdeskLookups lookups;
    private final String target;

    TopdeskTargetConnector(TopdeskTargetConfig config, TopdeskClient client, String instanceName) {
        this.config = requireNonNull(config, "config is null");
        this.client = requireNonNull(client, "client is null");
        this.lookups = new TopdeskLookups(client);
        this.target = "target " + requireNonNull(instanceName, "instanceName is null");
    }

    /** Checks URL and credentials with one person request, and that the configured archiving reason exists. */
    @Override
    public void test() {
        client.checkAccess();
        lookups.require(Kind.ARCHIVING_REASON, config.archivingReason());
    }

    @Override
    public List<PermissionType> permissionTypes() {
        return List.of();
    }

    /** With {@code set-manager}: {@code manager} follows the manager's TOPdesk person. */
    @Override
    public boolean linksManagers() {
        return config.setManager();
    }

    /** {@code GET /persons?page_size=2&query=<field>=='<value>'}; an archived person is found (and not unarchived). */
    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        requireNonNull(accountField, "accountField is null");
        requireNonNull(value, "value is null");
        if (!FIELD.matcher(accountField).matches()) {
            throw new ConnectorException(TopdeskErrorCode.TOPDESK_UNQUERYABLE_VALUE, target + " cannot correlate on '"
                    + accountField + "': give a person field such as employeeNumber, email or networkLoginName");
        }
        List<ObjectNode> found = client.persons(accountField + "==" + quoted(accountField, value), 0,
                CORRELATION_PAGE).persons();
        if (found.size() > 1) {
            throw new ConnectorException(TopdeskErrorCode.TOPDESK_DUPLICATE_PERSONS, "more than one TOPdesk person has "
                    + accountField + " " + value + " (" + TopdeskPersons.id(found.get(0)) + ", "
                    + TopdeskPersons.id(found.get(1)) + "); correct it in TOPdesk, then sync again");
        }
        return found.stream().findFirst().map(person -> result(person, AccountData.EMPTY, Outcome.CORRELATED,
                "CorrelateAccount", "Correlated TOPdesk person " + describe(person) + " on " + accountField));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return client.person(ref.id()).map(person -> result(person, AccountData.EMPTY, Outcome.NO_CHANGE,
                "ReadAccount", "Read TOPdesk person " + ref.id()));
    }

    /** {@code POST /persons} with the lookups resolved; a branch is mandatory. */
    @Override
    public AccountResult create(AccountData data, OperationOptions options) {
        Object branch = data.has("branch.id") ? data.get("branch.id") : data.get("branch.name");
        if (TopdeskPersons.comparable(branch).isBlank()) {
            throw new ConnectorException(TopdeskErrorCode.TOPDESK_REQUIRED_FIELD_EMPTY, target + ": TOPdesk needs a "
                    + "branch for every person, and the account data gives no branch.name");
        }
        ObjectNode created = client.createPerson(resolved(withManager(data, options).values()));
        return result(created, AccountData.EMPTY, Outcome.CHANGED, "CreateAccount",
                "Created TOPdesk person " + describe(created));
    }

    /** A TOPdesk person is active from its creation, so an account created enabled needs nothing more. */
    @Override
    public AccountResult create(AccountData data, OperationOptions options, boolean enabled) {
        return create(data, options);
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        ObjectNode person = existing(ref, "update");
        return apply(person, withManager(desired, options), TopdeskPersons.archived(person), "UpdateAccount");
    }

    @Override
    public AccountResult enable(AccountRef ref, AccountData desired) {
        return apply(existing(ref, "enable"), desired, false, "EnableAccount");
    }

    @Override
    public AccountResult disable(AccountRef ref, AccountData desired) {
        return client.person(ref.id()).map(person -> apply(person, desired, true, "DisableAccount"))
                .orElseGet(() -> skipped(ref, "DisableAccount"));
    }

    /** Clears the login fields and archives. */
    @Override
    public AccountResult delete(AccountRef ref) {
        Map<String, Object> clear = new LinkedHashMap<>();
        LOGIN_FIELDS.forEach(field -> clear.put(field, ""));
        return client.person(ref.id()).map(person -> apply(person, new AccountData(clear), true, "DeleteAccount"))
                .orElseGet(() -> skipped(ref, "DeleteAccount"));
    }

    /** The v2 collection: enabled = not archived; display name {@code dynamicName}, user name {@code tasLoginName}. */
    @Override
    public Stream<ImportedAccount> importAccounts() {
        return client.collection("", null, IMPORT_PAGE).map(person -> {
            String id = TopdeskPersons.id(person);
            return new ImportedAccount(AccountRef.of(id), orId(Json.text(person, "dynamicName"), id),
                    orId(Json.text(person, "tasLoginName"), id), !TopdeskPersons.archived(person),
                    TopdeskPersons.data(person));
        });
    }

    /** TOPdesk persons carry no permissions this connector manages. */
    @Override
    public Stream<PermissionMembers> importPermissions() {
        return Stream.empty();
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * Brings the person to {@code desired} and to {@code archive}: PATCH only what differs (unarchiving first when
     * needed, since TOPdesk refuses to change an archived person), then archive or unarchive. A PATCH that fails on a
     * person unarchived only for it archives the person again before the error goes up.
     */
    private AccountResult apply(ObjectNode person, AccountData desired, boolean archive, String action) {
        String id = TopdeskPersons.id(person);
        AccountData previous = TopdeskPersons.data(person);
        Map<String, Object> changes = changes(previous, desired);
        boolean archived = TopdeskPersons.archived(person);
        if (changes.isEmpty() && archived == archive) {
            return result(person, previous, Outcome.NO_CHANGE, action, "TOPdesk person " + describe(person)
                    + " already up to date" + (archive ? " and archived" : ""));
        }
        // lookups first: a missing department must fail the action before anything changed
        ObjectNode body = changes.isEmpty() ? null : resolved(changes);
        ObjectNode current = person;
        if (body != null) {
            if (archived) {
                current = client.unarchive(id);
            }
            try {
                current = client.patchPerson(id, body);
            } catch (ConnectorException failure) {
                if (archived && archive) {
                    rearchive(id, failure);
                }
                throw failure;
            }
        }
        if (archive && (body != null || !archived)) {
            current = client.archive(id, archivingReasonId());
        } else if (!archive && archived && body == null) {
            current = client.unarchive(id);
        }
        List<String> done = new ArrayList<>();
        if (archived && !archive) {
            done.add("unarchived");
        }
        if (!changes.isEmpty()) {
            done.add("set " + String.join(", ", changes.keySet()));
        }
        if (archive) {
            done.add(archived ? "archived again" : "archived");
        }
        return result(current, previous, Outcome.CHANGED, action, "TOPdesk person " + describe(current) + ": "
                + String.join(", ", done));
    }

    /**
     * With {@code set-manager} and a manager account: {@code manager.id} is the manager's person, which TOPdesk accepts
     * only when it is marked {@code isManager}; like the reference, that mark is set first (an archived manager is
     * unarchived for it and archived again). A manager person that is gone leaves the manager as it is.
     */
    private AccountData withManager(AccountData data, OperationOptions options) {
        if (!config.setManager() || options.manager().isEmpty()) {
            return data;
        }
        Optional<ObjectNode> manager = client.person(options.manager().get().id());
        if (manager.isEmpty()) {
            return data;
        }
        if (!manager.get().path("isManager").asBoolean(false)) {
            apply(manager.get(), new AccountData(Map.of("isManager", true)), TopdeskPersons.archived(manager.get()),
                    "SetManager");
        }
        return data.with(new AccountData(Map.of("manager.id", TopdeskPersons.id(manager.get()))));
    }

    private void rearchive(String id, ConnectorException failure) {
        try {
            client.archive(id, archivingReasonId());
        } catch (ConnectorException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /** The desired fields whose value differs from TOPdesk's; lookup names compare ignoring case, as they match. */
    private static Map<String, Object> changes(AccountData current, AccountData desired) {
        Map<String, Object> changes = new LinkedHashMap<>();
        desired.values().forEach((field, value) -> {
            String now = TopdeskPersons.comparable(current.get(field));
            String wanted = TopdeskPersons.comparable(value);
            boolean lookupName = field.endsWith(".name") && Kind.byField(field.substring(0, field.length() - 5))
                    .isPresent();
            if (lookupName ? !now.equalsIgnoreCase(wanted) : !now.equals(wanted)) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    /** A request body with {@code branch.name}, {@code department.name} and {@code budgetHolder.name} as ids. */
    private ObjectNode resolved(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            Optional<Kind> kind = field.endsWith(".name")
                    ? Kind.byField(field.substring(0, field.length() - 5)) : Optional.empty();
            if (kind.isEmpty()) {
                body.put(field, value);
                return;
            }
            String name = TopdeskPersons.comparable(value).trim();
            Optional<String> id = lookupId(kind.get(), name);
            body.put(kind.get().field, id.map(found -> Map.of("id", found)).orElse(null));
        });
        return TopdeskPersons.body(body);
    }

    /** The id for a lookup name; empty to clear a department or budget holder the data leaves empty. */
    private Optional<String> lookupId(Kind kind, String name) {
        boolean required = switch (kind) {
            case BRANCH -> true;
            case DEPARTMENT -> config.requireDepartment();
            case BUDGET_HOLDER -> config.requireBudgetHolder();
            case ARCHIVING_REASON -> throw new IllegalArgumentException("archiving reasons are not person fields");
        };
        if (name.isEmpty()) {
            if (required) {
                throw new ConnectorException(TopdeskErrorCode.TOPDESK_REQUIRED_FIELD_EMPTY, target + ": the account "
                        + "data leaves " + kind.field + ".name empty, and TOPdesk persons need a " + kind.label
                        + (kind == Kind.BRANCH ? "" : " (require-" + (kind == Kind.DEPARTMENT ? "department"
                        : "budget-holder") + " is on)"));
            }
            return Optional.empty();
        }
        boolean create = kind == Kind.DEPARTMENT && config.createMissingDepartments()
                || kind == Kind.BUDGET_HOLDER && config.createMissingBudgetHolders();
        return Optional.of(create ? lookups.findOrCreate(kind, name) : lookups.require(kind, name));
    }

    private String archivingReasonId() {
        return lookups.require(Kind.ARCHIVING_REASON, config.archivingReason());
    }

    private ObjectNode existing(AccountRef ref, String operation) {
        return client.person(ref.id()).orElseThrow(() -> new UnknownAccountException("TOPdesk person " + ref.id()
                + " does not exist; cannot " + operation + " it"));
    }

    /** A FIQL value in single quotes, or double quotes when it holds a single one; a FIQL value cannot hold both. */
    private String quoted(String field, String value) {
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        if (value.indexOf('"') < 0) {
            return "\"" + value + "\"";
        }
        throw new ConnectorException(TopdeskErrorCode.TOPDESK_UNQUERYABLE_VALUE, target + " cannot look up " + field
                + " " + value + ": a TOPdesk query value cannot hold both ' and \"");
    }

    private static String describe(ObjectNode person) {
        String name = Json.text(person, "dynamicName");
        String id = TopdeskPersons.id(person);
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    private static String orId(String value, String id) {
        return value == null || value.isBlank() ? id : value;
    }

    private static AccountResult result(ObjectNode person, AccountData previous, Outcome outcome, String action,
                                        String message) {
        return new AccountResult(AccountRef.of(TopdeskPersons.id(person)), TopdeskPersons.data(person), previous,
                outcome, List.of(AuditMessage.info(action, message)));
    }

    private static AccountResult skipped(AccountRef ref, String action) {
        return new AccountResult(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND,
                List.of(AuditMessage.info(action, "Skipped " + action + ": TOPdesk person " + ref.id()
                        + " not found")));
    }
}
