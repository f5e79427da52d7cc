package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

/**
 * The configured column names the connector itself needs; every other column is passed through as a raw field.
 *
 * @param personId column of the persons file with the person's external id
 * @param contractPerson column of the contracts file with the owning person's external id
 * @param departmentCode column of the departments file with the department's external id
 * @param departmentName column of the departments file with the display name
 * @param departmentParent column of the departments file with the parent's code
 * @param departmentManager column of the departments file with the manager's person id
 */
public record CsvColumns(String personId, String contractPerson, String departmentCode, String departmentName,
                         String departmentParent, String departmentManager) {
    public CsvColumns {
        requireNonNull(personId, "personId is null");
        requireNonNull(contractPerson, "contractPerson is null");
        requireNonNull(departmentCode, "departmentCode is null");
        requireNonNull(departmentName, "departmentName is null");
        requireNonNull(departmentParent, "departmentParent is null");
        requireNonNull(departmentManager, "departmentManager is null");
    }

    /** The defaults of {@link CsvConfig#SPEC}. */
    public static CsvColumns defaults() {
        return new CsvColumns("employee_id", "employee_id", "code", "name", "parent_code", "manager_id");
    }
}
