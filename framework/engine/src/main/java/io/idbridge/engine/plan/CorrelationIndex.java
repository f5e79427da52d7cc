package io.idbridge.engine.plan;

import io.idbridge.engine.enforce.Retrier;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every account of a target by the value of the correlation field, read once with the target's import. A first run
 * that correlates thousands of persons then costs one listing instead of one lookup each (a lookup on a field other
 * than the user name can mean a scan of every account). Deleted accounts never match.
 */
final class CorrelationIndex {
    private final String field;
    private final Map<String, List<ImportedAccount>> byValue;

    private CorrelationIndex(String field, Map<String, List<ImportedAccount>> byValue) {
        this.field = field;
        this.byValue = byValue;
    }

    static CorrelationIndex read(ImportAccountsOp importOp, String field, Retrier retrier) {
        List<ImportedAccount> accounts = retrier.call(() -> {
            try (Stream<ImportedAccount> stream = importOp.importAccounts()) {
                return stream.toList();
            }
        });
        Map<String, List<ImportedAccount>> byValue = new HashMap<>();
        for (ImportedAccount account : accounts) {
            Object value = account.data().get(field);
            if (value != null && !Boolean.TRUE.equals(account.data().get("isDeleted"))) {
                byValue.computeIfAbsent(value.toString(), key -> new ArrayList<>()).add(account);
            }
        }
        return new CorrelationIndex(field, byValue);
    }

    /** Same contract as {@code CorrelateAccountOp.correlate}: empty, one match, or a conflict for several. */
    Optional<AccountResult> find(String value) {
        List<ImportedAccount> matches = byValue.getOrDefault(value, List.of());
        if (matches.size() > 1) {
            throw new ConnectorException(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH, matches.size()
                    + " accounts have " + field + " " + value);
        }
        return matches.stream().findFirst().map(account -> new AccountResult(account.ref(), account.data(),
                account.data(), Outcome.CORRELATED, List.of()));
    }
}
