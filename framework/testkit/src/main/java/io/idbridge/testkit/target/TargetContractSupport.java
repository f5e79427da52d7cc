package io.idbridge.testkit.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CorrelateAccountOp;
import io.idbridge.spi.target.operation.CreateAccountOp;
import io.idbridge.spi.target.operation.TargetOperation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The hooks and helpers behind {@link TargetConnectorContractTest}: one fresh connector per test, closed afterwards.
 */
public abstract class TargetContractSupport {
    protected TargetConnector connector;
    protected TargetContractFixtures fixtures;

    /** A new connector for the target under test (usually its simulator); called once per test. */
    protected abstract TargetConnector createConnector();

    /** The {@code *Op} interfaces the connector claims to implement. */
    protected abstract Set<Class<? extends TargetOperation>> declaredCapabilities();

    /** Test data and back doors for this target; called once per test. */
    protected abstract TargetContractFixtures fixtures();

    @BeforeEach
    protected final void openConnector() {
        fixtures = fixtures();
        connector = createConnector();
    }

    @AfterEach
    protected final void closeConnector() {
        if (connector != null) {
            connector.close();
        }
    }

    protected final boolean hasCapability(Class<? extends TargetOperation> operation) {
        return declaredCapabilities().contains(operation);
    }

    /** Skips the test unless every operation is declared. */
    @SafeVarargs
    protected final void assumeCapabilities(Class<? extends TargetOperation>... operations) {
        for (Class<? extends TargetOperation> operation : operations) {
            assumeTrue(hasCapability(operation), () -> "connector does not declare " + operation.getSimpleName());
        }
    }

    /** Every {@code *Op} interface the connector's class implements, directly or inherited. */
    protected final Set<Class<? extends TargetOperation>> implementedOperations() {
        Set<Class<? extends TargetOperation>> found = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(connector.getClass());
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            if (type.isInterface() && TargetOperation.class.isAssignableFrom(type) && type != TargetOperation.class) {
                found.add(type.asSubclass(TargetOperation.class));
            }
            if (type.getSuperclass() != null) {
                pending.add(type.getSuperclass());
            }
            pending.addAll(Set.of(type.getInterfaces()));
        }
        return found;
    }

    /** Lower-case letters and digits, different in every call. */
    protected static String uniqueKey() {
        return "ct" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    protected final <T> T operation(Class<T> operation) {
        assertThat(connector).isInstanceOf(operation);
        return operation.cast(connector);
    }

    /** Creates an account from the fixtures' data and checks the create result. */
    protected final AccountResult createAccount(AccountData data) {
        AccountResult created = operation(CreateAccountOp.class).create(data, OperationOptions.NONE);
        assertThat(created.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(created.ref().id()).isNotBlank();
        return created;
    }

    /** An account reference the target no longer knows: created, then deleted behind the connector's back. */
    protected final AccountRef missingAccount() {
        assumeCapabilities(CreateAccountOp.class);
        AccountRef ref = createAccount(fixtures.newAccount("Gone", "Missing", uniqueKey())).ref();
        fixtures.deleteAccountOutOfBand(ref);
        return ref;
    }

    /** The account's current data; fails when the target does not find it. */
    protected final AccountData read(AccountRef ref) {
        return operation(CorrelateAccountOp.class).read(ref)
                .orElseThrow(() -> new AssertionError("account " + ref.id() + " was not found"))
                .data();
    }

    /** Asserts the target holds every field of {@code sent} (except those not read back) with the value sent. */
    protected final void assertHolds(AccountData actual, AccountData sent) {
        Set<String> differing = new LinkedHashSet<>(actual.changedFields(sent));
        differing.removeAll(fixtures.fieldsNotReadBack());
        assertThat(differing).as("fields whose value the target does not hold as sent; target has %s", actual)
                .isEmpty();
    }
}
