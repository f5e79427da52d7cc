package io.idbridge.testkit.target;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import java.util.List;
import java.util.Set;

/**
 * What {@link TargetConnectorContractTest} needs to know about one target: test data, and ways to look at and
 * tamper with the target behind the connector's back (usually through its simulator).
 */
public interface TargetContractFixtures {
    /**
     * The mapped data for a new account, as the engine would pass it to {@code create}. Must contain
     * {@link #correlationField()} and the names as given (as fields of their own or within one, such as a display
     * name), and every unique value must contain {@code uniqueKey}
     * (e.g. user name {@code uniqueKey + "@example.com"}) so that tests never collide.
     *
     * @param givenName may contain non-ASCII letters, e.g. "Ömer"
     * @param familyName may contain non-ASCII letters and spaces, e.g. "van der Berg"
     * @param uniqueKey lower-case letters and digits
     */
    AccountData newAccount(String givenName, String familyName, String uniqueKey);

    /** The account field {@code correlate} searches, e.g. {@code userName}; its value comes from {@link #newAccount}. */
    String correlationField();

    /**
     * A value of {@link #correlationField()} that no account has. By default the value in the data of a new account
     * that is never created; a target whose accounts exist before "create" (an AFAS employee) gives a value of its own.
     */
    default String unknownCorrelationValue(String uniqueKey) {
        return String.valueOf(newAccount("No", "Body", uniqueKey).get(correlationField()));
    }

    /** Fields of {@link #newAccount} the target does not give back as sent (e.g. {@code password}). */
    default Set<String> fieldsNotReadBack() {
        return Set.of();
    }

    /**
     * The desired data of an update that changes exactly one field of {@code created}: one entry, whose value differs
     * from the value in {@code created}.
     */
    AccountData changedField(AccountData created);

    /** The enable mapping the engine passes to {@code enable}; often empty. */
    default AccountData enableData() {
        return AccountData.EMPTY;
    }

    /** The disable mapping the engine passes to {@code disable}; often empty. */
    default AccountData disableData() {
        return AccountData.EMPTY;
    }

    /**
     * Whether delete removes the account, so that it can no longer be read or correlated. Systems that retire
     * accounts instead (an AFAS user is blocked, a TOPdesk person archived) return false; the account must then read
     * as disabled after delete.
     */
    default boolean deleteRemovesTheAccount() {
        return true;
    }

    /** Whether account data read from the target says the account is enabled. */
    boolean isEnabled(AccountData data);

    /** An existing permission of this type that new accounts do not hold. */
    Permission permissionToGrant(PermissionType type);

    /** The permission types that must be declared grant-only ({@code revocable = false}); empty when none. */
    default Set<String> grantOnlyPermissionTypes() {
        return Set.of();
    }

    /** Deletes the account directly in the target, as an administrator would, without the connector. */
    void deleteAccountOutOfBand(AccountRef ref);

    /** Every request URL (at least path and query) the target received so far. */
    List<String> recordedRequestUrls();

    /** The secrets the connector was configured with; none may ever appear in a request URL. */
    List<String> secrets();
}
