package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of contracts.csv.
 *
 * @param endDate null for an open-ended contract
 * @param fte as a decimal with at most two places, e.g. {@code 0.8}
 */
record SampleContract(String contractId, String employeeId, LocalDate startDate, LocalDate endDate,
                      SampleDepartment department, SampleTitle title, SampleContractType type, BigDecimal fte,
                      String managerId) {
    static final List<String> COLUMNS = List.of("contract_id", "employee_id", "start_date", "end_date",
            "department_code", "department_name", "title_code", "title_name", "cost_center_code", "cost_center_name",
            "employer_code", "employer_name", "type_code", "type_description", "fte", "hours_per_week", "manager_id",
            "location_code", "location_name");
    private static final BigDecimal FULL_TIME_HOURS = BigDecimal.valueOf(36);

    SampleContract {
        requireNonNull(contractId, "contractId is null");
        requireNonNull(employeeId, "employeeId is null");
        requireNonNull(startDate, "startDate is null");
        requireNonNull(department, "department is null");
        requireNonNull(title, "title is null");
        requireNonNull(type, "type is null");
        requireNonNull(fte, "fte is null");
        requireNonNull(managerId, "managerId is null");
    }

    List<String> csvValues() {
        return List.of(contractId, employeeId, startDate.toString(), endDate == null ? "" : endDate.toString(),
                department.code(), department.name(), title.code(), title.name(), department.costCenterCode(),
                department.costCenterName(), type.employerCode(), type.employerName(), type.code(), type.description(),
                fte.toPlainString(), fte.multiply(FULL_TIME_HOURS).stripTrailingZeros().toPlainString(), managerId,
                department.locationCode(), department.locationName());
    }

    /** Whether the contract has started and not ended on {@code day}. */
    boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    SampleContract withEndDate(LocalDate newEndDate) {
        return new SampleContract(contractId, employeeId, startDate, newEndDate, department, title, type, fte,
                managerId);
    }

    SampleContract withDepartment(SampleDepartment newDepartment, SampleTitle newTitle, String newManagerId) {
        return new SampleContract(contractId, employeeId, startDate, endDate, newDepartment, newTitle, type, fte,
                newManagerId);
    }
}
