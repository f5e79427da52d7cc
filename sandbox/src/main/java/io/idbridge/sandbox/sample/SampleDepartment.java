package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One department of the sample organisation with what its contracts share.
 *
 * @param parentCode empty for the root
 * @param headcount how many persons have this as their primary department, the manager included
 */
record SampleDepartment(String code, String name, String parentCode, String costCenterCode, String locationCode,
                        String locationName, SampleTitle managerTitle, List<SampleTitle> staffTitles, int headcount) {
    SampleDepartment {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(parentCode, "parentCode is null");
        requireNonNull(costCenterCode, "costCenterCode is null");
        requireNonNull(locationCode, "locationCode is null");
        requireNonNull(locationName, "locationName is null");
        requireNonNull(managerTitle, "managerTitle is null");
        staffTitles = List.copyOf(staffTitles);
    }

    /** The cost centre is named after the department, as municipalities usually do. */
    String costCenterName() {
        return "Kostenplaats " + name;
    }
}
