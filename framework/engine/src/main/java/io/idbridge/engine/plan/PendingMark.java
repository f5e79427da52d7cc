package io.idbridge.engine.plan;

import io.idbridge.engine.model.Sha256;
import io.idbridge.engine.store.AccountState;
import io.idbridge.engine.store.EvaluationMark;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation mark a plan proposes for a person, completed once the person's actions succeeded: the manager's
 * accounts are read then, because a manager's account created in the same run must not make the person look changed.
 *
 * @param basis what the mark is made of besides the manager's accounts: the person's data and configuration digests
 * @param managerId the person's manager, or null
 * @param nextDue the first day on which timing may change the outcome, or null
 */
public record PendingMark(String personId, String basis, String managerId, LocalDate nextDue) {
    /** The mark to store, given the manager's accounts as they are now. */
    public EvaluationMark complete(List<AccountState> managerAccounts) {
        return new EvaluationMark(personId, fingerprint(basis, managerAccounts), managerId, nextDue);
    }

    static String fingerprint(String basis, List<AccountState> managerAccounts) {
        StringBuilder text = new StringBuilder(basis);
        List<AccountState> byTarget = managerAccounts.size() < 2 ? managerAccounts : managerAccounts.stream()
                .sorted(Comparator.comparing(AccountState::target)).toList();
        for (AccountState account : byTarget) {
            text.append('|').append(account.target()).append('=').append(account.refJson()).append(account.lifecycle());
        }
        return Sha256.hex(text.toString());
    }
}
