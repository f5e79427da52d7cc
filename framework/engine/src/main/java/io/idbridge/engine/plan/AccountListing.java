package io.idbridge.engine.plan;

import io.idbridge.engine.enforce.Retrier;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every account of a target, read once with the target's import. A plan that would otherwise ask the target about
 * thousands of persons one by one (correlation, whether a user name is taken) asks this listing instead: one listing
 * instead of thousands of look-ups, some of which cost a scan of every account. Deleted accounts never match.
 */
final class AccountListing {
    private final List<ImportedAccount> accounts;

    private AccountListing(List<ImportedAccount> accounts) {
        this.accounts = accounts;
    }

    static AccountListing read(ImportAccountsOp importOp, Retrier retrier) {
        List<ImportedAccount> accounts = retrier.call(() -> {
            try (Stream<ImportedAccount> stream = importOp.importAccounts()) {
                return stream.filter(account -> !Boolean.TRUE.equals(account.data().get("isDeleted"))).toList();
            }
        });
        return new AccountListing(accounts);
    }

    /** Same contract as {@code CorrelateAccountOp.correlate}: empty, one match, or a conflict for several. */
    java.util.Optional<AccountResult> find(String field, String value) {
        List<ImportedAccount> matches = accounts.stream()
                .filter(account -> Objects.equals(String.valueOf(account.data().get(field)), value)).toList();
        if (matches.size() > 1) {
            throw new ConnectorException(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH, matches.size()
                    + " accounts have " + field + " " + value);
        }
        return matches.stream().findFirst().map(account -> new AccountResult(account.ref(), account.data(),
                account.data(), Outcome.CORRELATED, List.of()));
    }

    /** Whether any account holds the value in the field, ignoring case (user names are case-insensitive). */
    boolean inUse(String field, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return accounts.stream().anyMatch(account -> {
            Object held = field.equals("userName") && account.userName() != null ? account.userName()
                    : account.data().get(field);
            return held != null && held.toString().toLowerCase(Locale.ROOT).equals(wanted);
        });
    }
}
