package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;

/**
 * The bound configuration of the TOPdesk persons target (systems.md §4.5; the reference's
 * {@code personArchivingReason}, {@code lookupErrorHrDepartment} and {@code lookupErrorHrBudgetHolder}).
 *
 * @param archivingReason the name of the archiving reason given when a person is archived
 * @param createMissingDepartments whether a department name TOPdesk lacks is created rather than an error
 * @param createMissingBudgetHolders the same for budget holders
 * @param requireDepartment whether an empty department is an error rather than clearing the person's department
 * @param requireBudgetHolder the same for the budget holder
 * @param setManager whether {@code manager} is set to the manager's TOPdesk person on create and update
 */
record TopdeskTargetConfig(TopdeskConnection connection, String archivingReason, boolean createMissingDepartments,
                           boolean createMissingBudgetHolders, boolean requireDepartment, boolean requireBudgetHolder,
                           boolean setManager) {
    static final String ARCHIVING_REASON = "archiving-reason";
    static final String CREATE_MISSING_DEPARTMENTS = "create-missing-departments";
    static final String CREATE_MISSING_BUDGET_HOLDERS = "create-missing-budget-holders";
    static final String REQUIRE_DEPARTMENT = "require-department";
    static final String REQUIRE_BUDGET_HOLDER = "require-budget-holder";
    static final String SET_MANAGER = "set-manager";

    static final ConfigSpec SPEC = TopdeskConnection.keys(ConfigSpec.builder())
            .optional(ARCHIVING_REASON, ConfigType.STRING, "Persoon uit organisatie",
                    "Name of the archiving reason (GET /tas/api/archiving-reasons) given when a person is archived: "
                            + "on disable, on delete, and again after updating an archived person.")
            .optional(CREATE_MISSING_DEPARTMENTS, ConfigType.BOOLEAN, false,
                    "Create a department (POST /tas/api/departments) that department.name names and TOPdesk lacks. "
                            + "Off: that person's action fails, naming the department.")
            .optional(CREATE_MISSING_BUDGET_HOLDERS, ConfigType.BOOLEAN, false,
                    "The same for budgetHolder.name (POST /tas/api/budgetholders).")
            .optional(REQUIRE_DEPARTMENT, ConfigType.BOOLEAN, false,
                    "An empty department.name fails the action; off: it clears the person's department.")
            .optional(REQUIRE_BUDGET_HOLDER, ConfigType.BOOLEAN, false,
                    "An empty budgetHolder.name fails the action; off: it clears the person's budget holder.")
            .optional(SET_MANAGER, ConfigType.BOOLEAN, false,
                    "Set manager to the manager's TOPdesk person on create and update, marking that person isManager "
                            + "(unarchived for the change if archived). The manager must already be a TOPdesk person "
                            + "of this target; without one the person's manager is left as it is.")
            .build();

    TopdeskTargetConfig {
        requireNonNull(connection, "connection is null");
        requireNonNull(archivingReason, "archivingReason is null");
    }

    static TopdeskTargetConfig from(ConnectorConfig config) {
        return new TopdeskTargetConfig(TopdeskConnection.from(config), config.getString(ARCHIVING_REASON),
                config.getBoolean(CREATE_MISSING_DEPARTMENTS), config.getBoolean(CREATE_MISSING_BUDGET_HOLDERS),
                config.getBoolean(REQUIRE_DEPARTMENT), config.getBoolean(REQUIRE_BUDGET_HOLDER),
                config.getBoolean(SET_MANAGER));
    }
}
