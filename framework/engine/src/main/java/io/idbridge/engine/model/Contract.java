package io.idbridge.engine.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;

/**
 * A mapped contract (employment or position).
 *
 * @param externalId unique within the person
 * @param startDate never null
 * @param endDate the last day of the contract (inclusive); null when open-ended
 * @param fields every mapped contract field as a nested map (department, title, costCenter, fte, ...); never null
 */
public record Contract(String externalId, LocalDate startDate, LocalDate endDate, Map<String, Object> fields) {
    public Contract {
        requireNonNull(externalId, "externalId is null");
        requireNonNull(startDate, "startDate is null");
        fields = Maps.deepCopy(requireNonNull(fields, "fields is null"));
    }

    /** Whether {@code day} lies between start and end, both inclusive. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** The department code, or "" when the contract has none. */
    public String departmentCode() {
        Object code = Maps.path(fields, "department.code");
        return code == null ? "" : code.toString();
    }
}
