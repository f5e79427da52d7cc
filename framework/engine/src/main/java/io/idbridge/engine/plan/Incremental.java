package io.idbridge.engine.plan;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.EvaluationMark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides which persons need evaluating. A person is skipped when the engine last concluded "nothing left to do" for
 * the same person data and configuration, and no date on which timing could change that has come since. Failed, held
 * or skipped actions clear a person's mark, so such persons are evaluated again.
 */
final class Incremental {
    private final EngineConfig config;
    private final Map<String, EvaluationMark> marks;
    private final LocalDate today;
    private final Map<String, List<AccountState>> accounts;

    /**
     * @param marks the stored marks; empty to evaluate everyone
     * @param accounts every stored account by person id: a person's evaluation also depends on the manager's accounts
     */
    Incremental(EngineConfig config, Map<String, EvaluationMark> marks, LocalDate today,
                Map<String, List<AccountState>> accounts) {
        this.config = config;
        this.marks = marks;
        this.today = today;
        this.accounts = accounts;
    }

    /**
     * Decided without reading the person: with the same hash the person has the manager the mark was made with.
     *
     * @param personHash the hash of the person's canonical JSON, as the snapshot stores it
     */
    boolean unchanged(String personId, String personHash) {
        EvaluationMark mark = marks.get(personId);
        return mark != null
                && mark.fingerprint().equals(PendingMark.fingerprint(basis(personHash), mark.managerId() == null
                        ? List.of() : accounts.getOrDefault(mark.managerId(), List.of())))
                && (mark.nextDue() == null || today.isBefore(mark.nextDue()));
    }

    /** The mark to store when this evaluation's actions all succeed. */
    PendingMark mark(Person person, String personHash, List<AccountState> personAccounts) {
        return new PendingMark(person.externalId(), basis(personHash), person.managerId(),
                nextDue(person, personAccounts));
    }

    /** Both digests as they are: the mark's fingerprint digests them with the manager's accounts, in one digest. */
    private String basis(String personHash) {
        return personHash + "|" + config.fingerprint();
    }

    /** The first day after today on which a contract boundary or a delete delay could change the outcome. */
    private LocalDate nextDue(Person person, List<AccountState> accounts) {
        List<LocalDate> candidates = new ArrayList<>();
        for (TargetSettings target : config.targets()) {
            LifecyclePolicy policy = target.lifecycle();
            for (Contract contract : person.contracts()) {
                candidates.add(contract.startDate().minusDays(policy.createDaysBeforeStart()));
                candidates.add(contract.startDate().minusDays(policy.enableDaysBeforeStart()));
                candidates.add(contract.startDate());
                if (contract.endDate() != null) {
                    LocalDate disableDay = contract.endDate().plusDays(policy.disableDaysAfterEnd() + 1L);
                    candidates.add(contract.endDate().plusDays(1));
                    candidates.add(disableDay);
                    if (policy.deleteDaysAfterDisable() != null) {
                        // the earliest the delete can come; a later disable is seen when this day is evaluated
                        candidates.add(disableDay.plusDays(policy.deleteDaysAfterDisable()));
                    }
                }
            }
            for (AccountState account : accounts) {
                if (account.target().equals(target.name()) && account.lifecycle() == AccountLifecycle.DISABLED
                        && account.disabledOn() != null && policy.deleteDaysAfterDisable() != null) {
                    candidates.add(account.disabledOn().plusDays(policy.deleteDaysAfterDisable()));
                }
            }
        }
        return candidates.stream().filter(day -> day.isAfter(today)).min(LocalDate::compareTo).orElse(null);
    }
}
