package io.idbridge.engine.plan;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.LifecyclePolicy;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.snapshot.PersonsInForce;
import io.idbridge.engine.store.AccountLifecycle;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.EvaluationMark;
import io.idbridge.engine.store.StateStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which persons need evaluating. A person is skipped when the engine last concluded "nothing left to do" for
 * the same person data and configuration, and no date on which timing could change that has come since. Failed, held
 * or skipped actions clear a person's mark, and a change to a manager's accounts clears the marks of their staff (the
 * store does, see {@link EvaluationMark}), so such persons are evaluated again.
 */
final class Incremental {
    private final EngineConfig config;
    private final LocalDate today;

    Incremental(EngineConfig config, LocalDate today) {
        this.config = config;
        this.today = today;
    }

    /**
     * The persons in force to evaluate, in id order: every one, or those the store finds without a matching mark.
     *
     * @param evaluateAll evaluate everyone, marks or not
     */
    List<String> toEvaluate(StateStore store, PersonsInForce persons, boolean evaluateAll) {
        if (evaluateAll || persons.snapshotId() == null) {
            List<String> everyone = new ArrayList<>(persons.versions().keySet());
            everyone.sort(null);
            return everyone;
        }
        return store.unmarkedPersons(persons.snapshotId(), config.fingerprint(), today);
    }

    /**
     * The mark to store when this evaluation's actions all succeed.
     *
     * @param personHash the hash of the person's canonical JSON, as the snapshot stores it
     */
    EvaluationMark mark(Person person, String personHash, List<AccountState> personAccounts) {
        return new EvaluationMark(person.externalId(), personHash, config.fingerprint(), person.managerId(),
                nextDue(person, personAccounts));
    }

    /** The first day after today on which a contract boundary or a delete delay could change the outcome. */
    private LocalDate nextDue(Person person, List<AccountState> accounts) {
        // plain loops: this runs for every person evaluated, and streams here cost the compiler more than the work
        LocalDate first = null;
        for (TargetSettings target : config.targets()) {
            LifecyclePolicy policy = target.lifecycle();
            Integer deleteDelay = policy.deleteDaysAfterDisable();
            for (Contract contract : person.contracts()) {
                LocalDate start = contract.startDate();
                first = earlier(first, start.minusDays(policy.createDaysBeforeStart()));
                first = earlier(first, start.minusDays(policy.enableDaysBeforeStart()));
                first = earlier(first, start);
                if (contract.endDate() != null) {
                    LocalDate disableDay = contract.endDate().plusDays(policy.disableDaysAfterEnd() + 1L);
                    first = earlier(first, contract.endDate().plusDays(1));
                    first = earlier(first, disableDay);
                    if (deleteDelay != null) {
                        // the earliest the delete can come; a later disable is seen when this day is evaluated
                        first = earlier(first, disableDay.plusDays(deleteDelay));
                    }
                }
            }
            for (AccountState account : accounts) {
                if (account.target().equals(target.name()) && account.lifecycle() == AccountLifecycle.DISABLED
                        && account.disabledOn() != null && deleteDelay != null) {
                    first = earlier(first, account.disabledOn().plusDays(deleteDelay));
                }
            }
        }
        return first;
    }

    /** The earlier of the two, counting only days after today. */
    private LocalDate earlier(LocalDate first, LocalDate candidate) {
        return candidate.isAfter(today) && (first == null || candidate.isBefore(first)) ? candidate : first;
    }
}
