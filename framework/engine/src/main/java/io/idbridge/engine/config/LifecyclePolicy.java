package io.idbridge.engine.config;

/**
 * When accounts are created, enabled, disabled and deleted, relative to the contracts in conditions.
 *
 * @param createDaysBeforeStart create the (disabled) account this many days before the first contract starts
 * @param enableDaysBeforeStart enable it this many days before the contract starts (0 = on the start date)
 * @param disableDaysAfterEnd disable it this many days after the last contract ended (the grace period; a rehire
 *     within it re-enables the same account)
 * @param deleteDaysAfterDisable delete this many days after disabling; null means never delete
 */
public record LifecyclePolicy(int createDaysBeforeStart, int enableDaysBeforeStart, int disableDaysAfterEnd,
                              Integer deleteDaysAfterDisable) {
    public static final LifecyclePolicy DEFAULT = new LifecyclePolicy(0, 0, 0, null);

    public LifecyclePolicy {
        if (createDaysBeforeStart < 0 || enableDaysBeforeStart < 0 || disableDaysAfterEnd < 0
                || (deleteDaysAfterDisable != null && deleteDaysAfterDisable < 0)) {
            throw new IllegalArgumentException("lifecycle days cannot be negative");
        }
        if (enableDaysBeforeStart > createDaysBeforeStart) {
            throw new IllegalArgumentException("an account cannot be enabled before it is created: "
                    + "enable-days-before-start must not exceed create-days-before-start");
        }
    }
}
