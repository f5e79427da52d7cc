package io.idbridge.sandbox.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who manages each department.
 *
 * @param byDepartment department code to the manager's person id, in departments.csv order
 */
record SampleManagers(Map<String, String> byDepartment) {
    SampleManagers {
        byDepartment = Collections.unmodifiableMap(new LinkedHashMap<>(byDepartment));
    }

    boolean isManager(String personId) {
        return byDepartment.containsValue(personId);
    }

    /** The manager of a contract in {@code department} held by {@code personId}: the parent's when it is their own. */
    String managerFor(SampleDepartment department, String personId) {
        String manager = byDepartment.get(department.code());
        if (!manager.equals(personId)) {
            return manager;
        }
        return department.parentCode().isEmpty() ? "" : byDepartment.get(department.parentCode());
    }
}
