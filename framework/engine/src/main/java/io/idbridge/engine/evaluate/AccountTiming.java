package io.idbridge.engine.evaluate;

import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.model.Contract;
import java.time.LocalDate;
import java.util.List;

/** Decides, from the contracts in conditions and the lifecycle policy, what state an account should be in today. */
public final class AccountTiming {
    /** The desired state of an account. */
    public enum Desired {
        /** No contract in conditions is near: no account should exist (yet). */
        NONE,
        /** The account should exist but stay disabled (before the start date). */
        EXISTS_DISABLED,
        /** The account should exist and be enabled. */
        ENABLED,
        /** Every contract in conditions has ended (past the grace period): disable, and later delete. */
        ENDED
    }

    private AccountTiming() {
    }

    public static Desired desired(List<Contract> inConditions, LifecyclePolicy policy, LocalDate today) {
        boolean exists = false;
        boolean ended = false;
        for (Contract contract : inConditions) {
            LocalDate lastDay = contract.endDate() == null ? null : contract.endDate().plusDays(policy.disableDaysAfterEnd());
            if (lastDay != null && today.isAfter(lastDay)) {
                ended = true;
                continue;
            }
            if (!today.isBefore(contract.startDate().minusDays(policy.enableDaysBeforeStart()))) {
                return Desired.ENABLED;
            }
            if (!today.isBefore(contract.startDate().minusDays(policy.createDaysBeforeStart()))) {
                exists = true;
            }
        }
        if (exists) {
            return Desired.EXISTS_DISABLED;
        }
        return ended ? Desired.ENDED : Desired.NONE;
    }

    /** Whether a contract in conditions starts later than the account would be created for it. */
    public static boolean hasFutureContract(List<Contract> inConditions, LifecyclePolicy policy, LocalDate today) {
        return inConditions.stream()
                .anyMatch(contract -> today.isBefore(contract.startDate().minusDays(policy.createDaysBeforeStart())));
    }

    /**
     * Whether a contract in conditions currently carries permissions: from the day its account is created until its
     * last day (a leaver loses them the day after the end date; the grace period applies to the account only).
     */
    public static boolean carriesPermissions(Contract contract, LifecyclePolicy policy, LocalDate today) {
        return !today.isBefore(contract.startDate().minusDays(policy.createDaysBeforeStart()))
                && (contract.endDate() == null || !today.isAfter(contract.endDate()));
    }
}
