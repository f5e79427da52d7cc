package io.idbridge.testkit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.CreateResourceOp;
import io.idbridge.spi.target.operation.DeleteAccountOp;
import io.idbridge.spi.target.operation.DisableAccountOp;
import io.idbridge.spi.target.operation.EnableAccountOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import io.idbridge.spi.target.operation.UpdateAccountOp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract every target connector passes against its simulator (style.md §6), in the manner of Trino's
 * {@code BaseConnectorTest}: a connector module extends this class and supplies the hooks. Tests of operations the
 * connector does not declare are skipped; {@link #declaredCapabilitiesAreExactlyTheImplementedOperations()} makes
 * sure the declaration is truthful. Permission tests live in {@link TargetPermissionContractTest}, which this class
 * extends, so one subclass runs them all.
 */
public abstract class TargetConnectorContractTest extends TargetPermissionContractTest {
    @Test
    public void declaredCapabilitiesAreExactlyTheImplementedOperations() {
        assertThat(implementedOperations()).as("implemented *Op interfaces")
                .containsExactlyInAnyOrderElementsOf(declaredCapabilities());
    }

    @Test
    public void permissionTypesAgreeWithTheDeclaredOperations() {
        for (PermissionType type : connector.permissionTypes()) {
            if (type.revocable()) {
                assertThat(hasCapability(RevokePermissionOp.class)).as("%s is revocable", type.name()).isTrue();
            }
            if (type.creatable()) {
                assertThat(hasCapability(CreateResourceOp.class)).as("%s is creatable", type.name()).isTrue();
            }
        }
        if (!connector.permissionTypes().isEmpty()) {
            assertThat(hasCapability(GrantPermissionOp.class)).as("permission types without grant").isTrue();
        }
        Set<String> grantOnly = connector.permissionTypes().stream().filter(type -> !type.revocable())
                .map(PermissionType::name).collect(Collectors.toSet());
        assertThat(grantOnly).as("grant-only permission types").isEqualTo(fixtures.grantOnlyPermissionTypes());
    }

    @Test
    public void connectionTestSucceeds() {
        connector.test();
    }

    @Test
    public void accountSurvivesTheFullLifecycle() {
        assumeCapabilities(CreateAccountOp.class, CorrelateAccountOp.class, UpdateAccountOp.class,
                DisableAccountOp.class, EnableAccountOp.class, DeleteAccountOp.class);
        AccountData data = fixtures.newAccount("Lifecycle", "Tester", uniqueKey());
        AccountRef ref = createAccount(data).ref();
        CorrelateAccountOp correlate = operation(CorrelateAccountOp.class);
        String value = String.valueOf(data.get(fixtures.correlationField()));

        assertThat(correlate.correlate(fixtures.correlationField(), value)).get()
                .satisfies(found -> assertThat(found.ref().id()).isEqualTo(ref.id()))
                .satisfies(found -> assertThat(found.outcome()).isEqualTo(Outcome.CORRELATED));
        assertHolds(read(ref), data);

        AccountData change = fixtures.changedField(data);
        assertThat(operation(UpdateAccountOp.class).update(ref, change, OperationOptions.NONE).outcome())
                .isEqualTo(Outcome.CHANGED);
        assertHolds(read(ref), data.with(change));

        DisableAccountOp disable = operation(DisableAccountOp.class);
        EnableAccountOp enable = operation(EnableAccountOp.class);
        assertThat(enable.enable(ref, fixtures.enableData()).outcome()).isIn(Outcome.CHANGED, Outcome.NO_CHANGE);
        assertThat(fixtures.isEnabled(read(ref))).as("enabled after enable").isTrue();
        assertThat(disable.disable(ref, fixtures.disableData()).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(fixtures.isEnabled(read(ref))).as("enabled after disable").isFalse();
        assertThat(enable.enable(ref, fixtures.enableData()).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(fixtures.isEnabled(read(ref))).as("enabled after the second enable").isTrue();

        assertThat(operation(DeleteAccountOp.class).delete(ref).outcome()).isEqualTo(Outcome.CHANGED);
        if (fixtures.deleteRemovesTheAccount()) {
            assertThat(correlate.read(ref)).isEmpty();
            assertThat(correlate.correlate(fixtures.correlationField(), value)).isEmpty();
        } else {
            assertThat(fixtures.isEnabled(read(ref))).as("enabled after delete of a retired account").isFalse();
        }
    }

    @Test
    public void correlateFindsNothingForAnUnknownValue() {
        assumeCapabilities(CorrelateAccountOp.class);
        String unknown = fixtures.unknownCorrelationValue(uniqueKey());

        assertThat(operation(CorrelateAccountOp.class).correlate(fixtures.correlationField(), unknown)).isEmpty();
    }

    @Test
    public void updateWritesOnlyTheChangedFieldAndRepeatingItChangesNothing() {
        assumeCapabilities(CreateAccountOp.class, CorrelateAccountOp.class, UpdateAccountOp.class);
        AccountData data = fixtures.newAccount("Update", "Tester", uniqueKey());
        AccountRef ref = createAccount(data).ref();
        AccountData before = read(ref);
        AccountData change = fixtures.changedField(data);
        assertThat(change.values()).as("changedField gives one field").hasSize(1);

        AccountResult updated = operation(UpdateAccountOp.class).update(ref, change, OperationOptions.NONE);
        AccountResult repeated = operation(UpdateAccountOp.class).update(ref, change, OperationOptions.NONE);

        assertThat(updated.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(repeated.outcome()).isEqualTo(Outcome.NO_CHANGE);
        AccountData after = read(ref);
        assertThat(before.changedFields(after)).as("fields changed by the update")
                .containsExactlyElementsOf(change.values().keySet());
        assertHolds(after, change);
    }

    @Test
    public void enablingAndDisablingTwiceChangesNothingTheSecondTime() {
        assumeCapabilities(CreateAccountOp.class, DisableAccountOp.class, EnableAccountOp.class);
        AccountRef ref = createAccount(fixtures.newAccount("Toggle", "Tester", uniqueKey())).ref();
        EnableAccountOp enable = operation(EnableAccountOp.class);
        DisableAccountOp disable = operation(DisableAccountOp.class);

        enable.enable(ref, fixtures.enableData());
        assertThat(enable.enable(ref, fixtures.enableData()).outcome()).isEqualTo(Outcome.NO_CHANGE);
        disable.disable(ref, fixtures.disableData());
        assertThat(disable.disable(ref, fixtures.disableData()).outcome()).isEqualTo(Outcome.NO_CHANGE);
    }

    @Test
    public void turkishNameSurvivesTheRoundTrip() {
        assertNameSurvives("Ömer", "Çelik");
    }

    @Test
    public void dutchNameWithPrefixSurvivesTheRoundTrip() {
        assertNameSurvives("Jan-Willem", "van der Berg");
    }

    @Test
    public void deleteOfMissingAccountIsSkipped() {
        assumeCapabilities(DeleteAccountOp.class);
        AccountRef missing = missingAccount();

        assertThat(operation(DeleteAccountOp.class).delete(missing).outcome()).isEqualTo(Outcome.SKIPPED_NOT_FOUND);
    }

    @Test
    public void disableOfMissingAccountIsSkipped() {
        assumeCapabilities(DisableAccountOp.class);
        AccountRef missing = missingAccount();

        assertThat(operation(DisableAccountOp.class).disable(missing, fixtures.disableData()).outcome())
                .isEqualTo(Outcome.SKIPPED_NOT_FOUND);
    }

    @Test
    public void enableOfMissingAccountFails() {
        assumeCapabilities(EnableAccountOp.class);
        AccountRef missing = missingAccount();

        assertThatThrownBy(() -> operation(EnableAccountOp.class).enable(missing, fixtures.enableData()))
                .isInstanceOf(UnknownAccountException.class);
    }

    @Test
    public void updateOfMissingAccountFails() {
        assumeCapabilities(UpdateAccountOp.class);
        AccountRef missing = missingAccount();
        AccountData change = fixtures.changedField(fixtures.newAccount("Gone", "Missing", uniqueKey()));

        assertThatThrownBy(() -> operation(UpdateAccountOp.class).update(missing, change, OperationOptions.NONE))
                .isInstanceOf(UnknownAccountException.class);
    }

    @Test
    public void readOfMissingAccountIsEmpty() {
        assumeCapabilities(CorrelateAccountOp.class);
        AccountRef missing = missingAccount();

        assertThat(operation(CorrelateAccountOp.class).read(missing)).isEmpty();
    }

    @Test
    public void noRequestCarriesASecretInItsUrl() {
        connector.test();
        if (hasCapability(CreateAccountOp.class)) {
            AccountData data = fixtures.newAccount("Secret", "Keeper", uniqueKey());
            AccountRef ref = createAccount(data).ref();
            exerciseAccount(ref, data);
        }

        assertThat(fixtures.recordedRequestUrls()).as("recorded request URLs").isNotEmpty();
        for (String secret : fixtures.secrets()) {
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            assertThat(fixtures.recordedRequestUrls()).as("request URLs")
                    .noneMatch(url -> url.contains(secret) || url.contains(encoded));
        }
    }

    private void exerciseAccount(AccountRef ref, AccountData data) {
        if (hasCapability(CorrelateAccountOp.class)) {
            operation(CorrelateAccountOp.class).correlate(fixtures.correlationField(),
                    String.valueOf(data.get(fixtures.correlationField())));
        }
        if (hasCapability(UpdateAccountOp.class)) {
            operation(UpdateAccountOp.class).update(ref, fixtures.changedField(data), OperationOptions.NONE);
        }
        if (hasCapability(GrantPermissionOp.class)) {
            connector.permissionTypes().forEach(type ->
                    operation(GrantPermissionOp.class).grant(ref, fixtures.permissionToGrant(type)));
        }
        if (hasCapability(DeleteAccountOp.class)) {
            operation(DeleteAccountOp.class).delete(ref);
        }
    }

    private void assertNameSurvives(String givenName, String familyName) {
        assumeCapabilities(CreateAccountOp.class, CorrelateAccountOp.class);
        AccountData data = fixtures.newAccount(givenName, familyName, uniqueKey());
        assertThat(data.values().values()).as("newAccount carries the names as given")
                .anyMatch(value -> String.valueOf(value).contains(givenName))
                .anyMatch(value -> String.valueOf(value).contains(familyName));
        AccountResult created = createAccount(data);

        assertHolds(read(created.ref()), data);
        Optional<AccountResult> correlated = operation(CorrelateAccountOp.class)
                .correlate(fixtures.correlationField(), String.valueOf(data.get(fixtures.correlationField())));
        assertThat(correlated).get().extracting(found -> found.ref().id()).isEqualTo(created.ref().id());
    }
}
