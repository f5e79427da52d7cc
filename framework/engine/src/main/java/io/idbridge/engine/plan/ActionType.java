package io.idbridge.engine.plan;

import java.util.Locale;

/** The kinds of planned action, in the order they run for one person in one target. */
public enum ActionType {
    CREATE_RESOURCE,
    /** Create the account, correlating first (the plan found no existing account). */
    CREATE,
    /** Link an existing account found by correlation (re-checked when the action runs). */
    CORRELATE,
    UPDATE,
    ENABLE,
    GRANT,
    REVOKE,
    DISABLE,
    DELETE;

    /** The name used in configuration (thresholds) and reports: {@code create}, {@code grant}, ... */
    public String configName() {
        return this == CORRELATE ? "create" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
