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
 * The employee record itself ({@code connector = afas-employees}): work e-mail and phone numbers written back through
 * {@code KnEmployee} (systems.md §3.4). Account fields are KnPerson's: {@code EmAd}, {@code EmailPortal}, {@code TeNr}
 * and {@code MbNr} are written, only when they differ; {@code Medewerker}, {@code Persoonsnummer} and
 * {@code DisplayName} are read. The
 * reference is {@code Medewerker} with {@code Persoonsnummer} in its details.
 *
 * <p>There is no enable or disable: an employee is HR's to end. "Create" only finds the employee and writes the
 * differing fields, it never creates one; delete clears the work e-mail, as the reference's Delete mapping does, and
 * a missing employee counts as done.
 */
final class AfasEmployeesTargetConnector implements TargetConnector, CorrelateAccountOp, CreateAccountOp,
        UpdateAccountOp, DeleteAccountOp {
    /** KnPerson fields this connector writes, and the Users GetConnector column that shows each. */
    static final Map<String, String> WRITABLE = Map.of("EmAd", "Email_werk", "EmailPortal", "Email_portal",
            "TeNr", "Telefoonnr_werk", "MbNr", "Mobielnr_werk");
    /** Every account field as read, and its column: the written ones and the read-only ones. */
    static final Map<String, String> READ = columns();

    private final AfasTargetConfig config;
    private final AfasClient client;
    private final String target;

    AfasEmployeesTargetConnector(AfasTargetConfig config, AfasClient client, String instanceName) {
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

    @Override
    public Optional<AccountResult> correlate(String accountField, String value) {
        return AfasRecords.one(client, config.getConnector(), accountField, value, "employees")
                .map(row -> result(row, AccountData.EMPTY, Outcome.CORRELATED, "CorrelateAccount",
                        "Correlated AFAS employee " + row.get("Medewerker")));
    }

    @Override
    public Optional<AccountResult> read(AccountRef ref) {
        return find(ref.id()).map(row -> result(row, AccountData.EMPTY, Outcome.NO_CHANGE, "ReadAccount",
                "Read AFAS employee " + ref.id()));
    }

    /** Finds the employee by {@code Medewerker} in the data and writes the differing fields; never creates one. */
    @Override
    public AccountResult create(AccountData data, OperationOptions options) {
        Object employee = data.get("Medewerker");
        if (employee == null || employee.toString().isBlank()) {
            throw new ConnectorException(AfasErrorCode.AFAS_FIELD_NOT_WRITABLE, target + ": the account data needs "
                    + "Medewerker (the employee number) to find the employee in AFAS");
        }
        Map<String, Object> row = find(employee.toString()).orElseThrow(() -> new ConnectorException(
                AfasErrorCode.AFAS_EMPLOYEE_NOT_FOUND, "employee " + employee + " does not exist in AFAS (GetConnector "
                + config.getConnector() + "); the write-back never creates employees"));
        AccountResult written = write(row, data, "CreateAccount");
        return new AccountResult(written.ref(), written.data(), written.previous(), Outcome.CHANGED, written.audit());
    }

    @Override
    public AccountResult update(AccountRef ref, AccountData desired, OperationOptions options) {
        Map<String, Object> row = find(ref.id()).orElseThrow(() -> new UnknownAccountException("AFAS employee "
                + ref.id() + " does not exist in " + config.getConnector() + "; cannot update it"));
        return write(row, desired, "UpdateAccount");
    }

    @Override
    public AccountResult delete(AccountRef ref) {
        Optional<Map<String, Object>> row = find(ref.id());
        if (row.isEmpty()) {
            return AfasRecords.result(ref, AccountData.EMPTY, AccountData.EMPTY, Outcome.SKIPPED_NOT_FOUND,
                    "DeleteAccount", "Skipped DeleteAccount: AFAS employee " + ref.id() + " not found (possibly "
                            + "deleted)");
        }
        AccountResult cleared = write(row.get(), new AccountData(Map.of("EmAd", "")), "DeleteAccount");
        return new AccountResult(cleared.ref(), cleared.data(), cleared.previous(), Outcome.CHANGED, cleared.audit());
    }

    @Override
    public void close() {
        client.close();
    }

    /** One PUT of KnEmployee with only the differing fields; nothing at all when none differs. */
    private AccountResult write(Map<String, Object> row, AccountData desired, String action) {
        AccountData previous = data(row);
        Map<String, Object> changes = AfasRecords.changes(previous, desired, WRITABLE.keySet(), Set.of(), target);
        String employee = row.get("Medewerker").toString();
        if (changes.isEmpty()) {
            return AfasRecords.result(ref(row), previous, previous, Outcome.NO_CHANGE, action,
                    "AFAS employee " + employee + " already up to date");
        }
        client.update(config.updateConnector(), body(employee, row.get("Persoonsnummer"), changes));
        return AfasRecords.result(ref(row), previous.with(new AccountData(changes)), previous, Outcome.CHANGED, action,
                "Set " + String.join(", ", changes.keySet()) + " of AFAS employee " + employee);
    }

    /** {@code AfasEmployee/Element/@EmId} with one KnPerson matched on BcCo (MatchPer 0), systems.md §3.4. */
    private static ObjectNode body(String employee, Object personNumber, Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("MatchPer", 0);
        fields.put("BcCo", personNumber);
        fields.putAll(changes);
        ObjectNode person = Json.object();
        person.set("KnPerson", Json.object().set("Element", Json.object().set("Fields",
                Json.MAPPER.valueToTree(fields))));
        ObjectNode element = Json.object().put("@EmId", employee);
        element.set("Objects", Json.MAPPER.createArrayNode().add(person));
        ObjectNode body = Json.object();
        body.set("AfasEmployee", Json.object().set("Element", element));
        return body;
    }

    private Optional<Map<String, Object>> find(String employee) {
        return AfasRecords.one(client, config.getConnector(), "Medewerker", employee, "employees");
    }

    private static AccountRef ref(Map<String, Object> row) {
        return new AccountRef(row.get("Medewerker").toString(),
                Map.of("Persoonsnummer", String.valueOf(row.get("Persoonsnummer"))));
    }

    private static AccountData data(Map<String, Object> row) {
        return AfasRecords.data(row, READ);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : List.of("Medewerker", "Persoonsnummer", "DisplayName")) {
            columns.put(column, column);
        }
        new TreeMap<>(WRITABLE).forEach(columns::put);
        return Collections.unmodifiableMap(columns);
    }

    private static AccountResult result(Map<String, Object> row, AccountData previous, Outcome outcome, String action,
                                        String message) {
        return AfasRecords.result(ref(row), data(row), previous, outcome, action, message);
    }
}
