package io.idbridge.connector.afas;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What both write-back targets do with a GetConnector row: find exactly one, turn it into account data, and work out
 * which UpdateConnector fields differ. AFAS rejects setting a field to its current value (systems.md §3.4), so only
 * differing fields are ever sent; empty text and null count as the same value, as AFAS shows an empty field as null.
 */
final class AfasRecords {
    private AfasRecords() {
    }

    /** The one row whose {@code field} is {@code value}; a conflict when several are. */
    static Optional<Map<String, Object>> one(AfasClient client, String connector, String field, String value,
                                             String what) {
        List<Map<String, Object>> rows = client.find(connector, field, value);
        if (rows.size() > 1) {
            throw new ConnectorException(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH, rows.size() + " " + what
                    + " in " + connector + " have " + field + " " + value);
        }
        return rows.stream().findFirst();
    }

    /** Account data from a row: each account field from the GetConnector column that shows it. */
    static AccountData data(Map<String, Object> row, Map<String, String> columnsByField) {
        Map<String, Object> values = new LinkedHashMap<>();
        columnsByField.forEach((field, column) -> values.put(field, row.get(column)));
        return new AccountData(values);
    }

    /**
     * The UpdateConnector fields of {@code desired} whose value differs from {@code current}, in a stable order.
     *
     * @param writable the fields this target writes
     * @param ignored fields the mapping may give that are not written on update (such as create-only ones)
     * @throws ConnectorException {@link AfasErrorCode#AFAS_FIELD_NOT_WRITABLE} for any other field whose value differs
     */
    static Map<String, Object> changes(AccountData current, AccountData desired, Set<String> writable,
                                       Set<String> ignored, String target) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : new TreeSet<>(desired.values().keySet())) {
            Object value = desired.get(field);
            if (ignored.contains(field) || same(current.get(field), value)) {
                continue;
            }
            if (!writable.contains(field)) {
                throw new ConnectorException(AfasErrorCode.AFAS_FIELD_NOT_WRITABLE, target + " cannot change "
                        + field + " (from '" + plain(current.get(field)) + "' to '" + plain(value)
                        + "'); it writes " + new TreeSet<>(writable));
            }
            changes.put(field, value == null ? "" : value);
        }
        return changes;
    }

    static boolean same(Object current, Object desired) {
        return plain(current).equals(plain(desired));
    }

    static AccountResult result(AccountRef ref, AccountData data, AccountData previous, Outcome outcome,
                                String action, String message) {
        return new AccountResult(ref, data, previous, outcome, List.of(AuditMessage.info(action, message)));
    }

    /** Text as AFAS compares it: null is empty, booleans and numbers by their text. */
    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }
}
