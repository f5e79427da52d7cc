package io.idbridge.engine.plan;

import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.store.StateStore;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.ImportAccountsOp;
import io.idbridge.spi.target.operation.ValueInUseOp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The read-only questions planning asks one target: does an account match this person (correlation), is this value
 * taken (uniqueness), which accounts exist at all. Transient failures are retried. Past ten look-ups in one plan the
 * target's accounts are listed once and the rest is answered from that listing.
 */
final class TargetLookups {
    private static final int LISTING_AFTER_LOOKUPS = 10;

    private final TargetConnector connector;
    private final Retrier retrier;
    private final UniqueValues uniqueValues;
    private int lookups;
    private AccountListing listing;

    TargetLookups(String target, TargetConnector connector, StateStore store, Retrier retrier) {
        this.connector = connector;
        this.retrier = retrier;
        this.uniqueValues = new UniqueValues(target, store, connector instanceof ValueInUseOp op
                ? (field, value) -> listingAfterManyLookups().map(all -> all.inUse(field, value))
                        .orElseGet(() -> retrier.call(() -> op.isValueInUse(field, value)))
                : null);
    }

    UniqueValues uniqueValues() {
        return uniqueValues;
    }

    /**
     * The one account whose {@code field} holds {@code value}, if any.
     *
     * @throws io.idbridge.spi.error.ConnectorException when several match
     */
    Optional<AccountResult> correlate(String field, String value) {
        Optional<AccountListing> listed = listingAfterManyLookups();
        if (listed.isPresent()) {
            return listed.get().find(field, value);
        }
        if (!(connector instanceof CorrelateAccountOp correlateOp)) {
            return Optional.empty();
        }
        return retrier.call(() -> correlateOp.correlate(field, value));
    }

    /** The existing accounts not among {@code linked} (account ids), by display name; empty if they cannot be listed. */
    List<String> accountsOtherThan(Set<String> linked) {
        if (!(connector instanceof ImportAccountsOp importOp)) {
            return List.of();
        }
        // read inside the retrier: the stream fetches its pages lazily, so a failure comes while it is read
        List<ImportedAccount> existing = retrier.call(() -> {
            try (Stream<ImportedAccount> accounts = importOp.importAccounts()) {
                return accounts.toList();
            }
        });
        return existing.stream().filter(account -> !linked.contains(account.ref().id()))
                .map(account -> account.displayName() + (account.userName() == null ? ""
                        : " (" + account.userName() + ")"))
                .sorted().toList();
    }

    private Optional<AccountListing> listingAfterManyLookups() {
        if (listing == null && ++lookups > LISTING_AFTER_LOOKUPS && connector instanceof ImportAccountsOp importOp) {
            listing = AccountListing.read(importOp, retrier);
        }
        return Optional.ofNullable(listing);
    }
}
