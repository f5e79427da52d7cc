package io.idbridge.connector.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedGroup;
import io.idbridge.sandbox.helloid.SimulatedProduct;
import io.idbridge.sandbox.helloid.SimulatedUser;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionMembers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Import, listing and resources against the simulator, with bare and {@code data}-wrapped lists, over page edges. */
class HelloIdSimulatorImportTest {
    private HelloIdSimulator simulator;
    private HelloIdTargetConnector connector;

    @BeforeEach
    void start() {
        simulator = new HelloIdSimulator().start();
        connector = HelloIdTestSupport.connector(simulator.baseUrl(), Map.of(
                HelloIdConfig.API_KEY, HelloIdSimulator.DEFAULT_API_KEY,
                HelloIdConfig.API_SECRET, new Secret(HelloIdSimulator.DEFAULT_API_SECRET),
                HelloIdConfig.PAGE_SIZE, 2));
    }

    @AfterEach
    void stop() {
        connector.close();
        simulator.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void importReadsEveryUserMembershipAndAssignment(boolean wrapped) {
        simulator.wrapListsInData(wrapped);
        SimulatedUser first = simulator.addUser("a@example.com", "Ömer", "Çelik");
        SimulatedUser second = simulator.addUser("b@example.com", "Jan-Willem", "van der Berg");
        SimulatedUser gone = simulator.addUser("c@example.com", "Gone", "User");
        simulator.addUser("d@example.com", "Dirk", "Dijkstra");
        simulator.deleteUser(gone.userGuid());
        SimulatedGroup sales = simulator.addGroup("Sales");
        simulator.addMember(sales.groupGuid(), first.userGuid());
        simulator.addMember(sales.groupGuid(), second.userGuid());
        SimulatedProduct wiki = simulator.addProduct("Wiki");
        simulator.assignProduct(wiki.productGuid(), second.userGuid());

        List<ImportedAccount> accounts = connector.importAccounts().toList();
        List<PermissionMembers> permissions = connector.importPermissions().toList();

        assertThat(accounts).extracting(ImportedAccount::userName)
                .containsExactlyInAnyOrder("a@example.com", "b@example.com", "d@example.com", "c@example.com");
        assertThat(accounts).filteredOn(account -> account.ref().id().equals(gone.userGuid()))
                .singleElement().satisfies(account -> assertThat(account.data().get("isDeleted")).isEqualTo(true));
        assertThat(accounts).filteredOn(account -> account.ref().id().equals(first.userGuid()))
                .singleElement().satisfies(account -> assertThat(account.displayName()).isEqualTo("Ömer Çelik"));
        assertThat(permissions).containsExactlyInAnyOrder(
                new PermissionMembers(new Permission("group", sales.groupGuid(), "Sales"),
                        List.of(AccountRef.of(first.userGuid()), AccountRef.of(second.userGuid()))),
                new PermissionMembers(new Permission("product", wiki.productGuid(), "Wiki"),
                        List.of(AccountRef.of(second.userGuid()))));
        assertThat(connector.listPermissions("product"))
                .containsExactly(new Permission("product", wiki.productGuid(), "Wiki"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void ensureResourceFindsAGroupOnAnyPageAndCreatesAMissingOne(int existingGroups) {
        for (int index = 0; index < existingGroups; index++) {
            simulator.addGroup("department_" + index);
        }
        String last = "department_" + (existingGroups - 1);

        Permission found = connector.ensureResource("group", last);
        Permission created = connector.ensureResource("group", "department_new");

        assertThat(found.name()).isEqualTo(last);
        assertThat(simulator.groups()).extracting(SimulatedGroup::name).contains("department_new")
                .hasSize(existingGroups + 1);
        assertThat(simulator.groups()).extracting(SimulatedGroup::groupGuid).contains(created.id());
        assertThat(connector.ensureResource("group", "department_new")).isEqualTo(created);
    }
}
