package io.idbridge.connector.helloid;

import static io.idbridge.connector.helloid.HelloIdTestSupport.assertRequest;
import static io.idbridge.connector.helloid.HelloIdTestSupport.body;
import static io.idbridge.connector.helloid.HelloIdTestSupport.json;
import static io.idbridge.connector.helloid.HelloIdTestSupport.take;
import static io.idbridge.connector.helloid.HelloIdTestSupport.user;
import static io.idbridge.connector.helloid.HelloIdTestSupport.userNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionMembers;
import io.idbridge.spi.model.PermissionType;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class HelloIdPermissionsTest {
    private static final String USER = "u-1";
    private static final AccountRef REF = AccountRef.of(USER);
    private static final Permission SALES = new Permission("group", "g-1", "Sales");
    private static final Permission WIKI = new Permission("product", "p-1", "Wiki access");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void typesAreRevocableGroupsAndGrantOnlyProducts() {
        assertThat(connector().permissionTypes()).containsExactly(
                new PermissionType("group", true, true), new PermissionType("product", false, false));
    }

    @Test
    void groupsAndProductsAreListedByGuid() {
        server.enqueue(json("[{\"groupGuid\":\"g-1\",\"name\":\"Sales\"}]"));
        server.enqueue(json("{\"data\":[{\"productId\":\"p-1\",\"name\":\"Wiki access\"}]}"));

        assertThat(connector().listPermissions("group")).containsExactly(SALES);
        assertThat(connector().listPermissions("product")).containsExactly(WIKI);
        assertRequest(take(server), "GET", "/api/v1/groups?take=1000&skip=0");
        assertRequest(take(server), "GET", "/api/v1/products?take=1000&skip=0");
    }

    @Test
    void grantAddsTheMembershipWithOnePostAfterReadingTheGroupOnce() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"name\":\"Sales\",\"users\":[\"u-2\"]}"));
        server.enqueue(json(""));
        server.enqueue(json(""));
        HelloIdTargetConnector connector = connector();

        assertThat(connector.grant(REF, SALES).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(connector.grant(AccountRef.of("u-3"), SALES).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(connector.grant(REF, SALES).outcome()).as("known to be a member now").isEqualTo(Outcome.NO_CHANGE);

        assertRequest(take(server), "GET", "/api/v1/groups/g-1");
        assertThat(body(assertRequest(take(server), "POST", "/api/v1/users/u-1/groups")).get("groupGuid").asText())
                .isEqualTo("g-1");
        assertRequest(take(server), "POST", "/api/v1/users/u-3/groups");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void grantOfAHeldGroupSendsNothing() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"users\":[\"U-1\"]}"));

        assertThat(connector().grant(REF, SALES).outcome()).isEqualTo(Outcome.NO_CHANGE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void grantToAnUnknownAccountFails() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"users\":[]}"));
        server.enqueue(userNotFound());

        assertThatThrownBy(() -> connector().grant(REF, SALES)).isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void grantOfAMissingGroupIsNotFound() {
        server.enqueue(json(404, "{\"message\":\"Group not found\"}"));

        assertThatThrownBy(() -> connector().grant(REF, SALES)).isInstanceOfSatisfying(ConnectorException.class,
                error -> assertThat(error.errorType()).isEqualTo(ErrorType.NOT_FOUND));
    }

    @Test
    void revokeRemovesTheMembership() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"users\":[{\"userGUID\":\"u-1\"}]}"));
        server.enqueue(json(""));

        assertThat(connector().revoke(REF, SALES).outcome()).isEqualTo(Outcome.CHANGED);

        assertRequest(take(server), "GET", "/api/v1/groups/g-1");
        assertRequest(take(server), "DELETE", "/api/v1/users/u-1/groups/g-1");
    }

    @Test
    void revokeOfAnAbsentMembershipSendsNothing() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"users\":[]}"));
        server.enqueue(json(user(USER, "jan", true)));

        assertThat(connector().revoke(REF, SALES).outcome()).isEqualTo(Outcome.NO_CHANGE);
        assertRequest(take(server), "GET", "/api/v1/groups/g-1");
        assertRequest(take(server), "GET", "/api/v1/users/u-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void revokeFromAnUnknownAccountIsSkipped() {
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"users\":[]}"));
        server.enqueue(userNotFound());

        assertThat(connector().revoke(REF, SALES).outcome()).isEqualTo(Outcome.SKIPPED_NOT_FOUND);
    }

    @Test
    void productsCannotBeRevoked() {
        assertThatThrownBy(() -> connector().revoke(REF, WIKI)).isInstanceOfSatisfying(ConnectorException.class,
                error -> assertThat(error.errorType()).isEqualTo(ErrorType.UNSUPPORTED));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void productIsRequestedEvenWhenTheUserHoldsOtherProducts() {
        server.enqueue(json(user(USER, "jan", true)));
        server.enqueue(json("[{\"productGuid\":\"p-9\",\"productName\":\"Other\",\"userGuid\":\"u-1\"}]"));
        server.enqueue(json("{}"));

        assertThat(connector().grant(REF, WIKI).outcome()).isEqualTo(Outcome.CHANGED);

        take(server);
        assertRequest(take(server), "GET", "/api/v1/product-assignment/by-user/u-1?take=1000&skip=0");
        assertThat(body(assertRequest(take(server), "POST", "/api/v1/selfservice/products/request"))
                .get("requestedProductGUID").asText()).isEqualTo("p-1");
    }

    @Test
    void heldProductIsNotRequestedAgain() {
        server.enqueue(json(user(USER, "jan", true)));
        server.enqueue(json("[{\"productGuid\":\"P-1\",\"productName\":\"Wiki access\",\"userGuid\":\"u-1\"}]"));

        assertThat(connector().grant(REF, WIKI).outcome()).isEqualTo(Outcome.NO_CHANGE);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void ensureResourceCreatesOnlyAMissingGroup() {
        server.enqueue(json("[{\"groupGuid\":\"g-1\",\"name\":\"department_10\"}]"));
        server.enqueue(json("[{\"groupGuid\":\"g-1\",\"name\":\"department_10\"}]"));
        server.enqueue(json("{\"groupGuid\":\"g-2\",\"name\":\"department_20\"}"));

        assertThat(connector().ensureResource("group", "department_10")).isEqualTo(new Permission("group", "g-1", "department_10"));
        assertThat(connector().ensureResource("group", "department_20")).isEqualTo(new Permission("group", "g-2", "department_20"));
        assertThat(server.getRequestCount()).isEqualTo(3);
        take(server);
        take(server);
        assertRequest(take(server), "POST", "/api/v1/groups");
    }

    @Test
    void importReadsGroupMembersAndProductAssignments() {
        server.enqueue(json("[{\"groupGuid\":\"g-1\",\"name\":\"Sales\"}]"));
        server.enqueue(json("{\"groupGuid\":\"g-1\",\"name\":\"Sales\",\"users\":[\"u-1\",\"u-2\"]}"));
        server.enqueue(json("""
                [{"productGuid":"p-1","productName":"Wiki access","userGuid":"u-1"},
                 {"productGuid":"p-1","productName":"Wiki access","userGuid":"u-3"}]"""));

        List<PermissionMembers> members = connector().importPermissions().toList();

        assertThat(members).containsExactly(
                new PermissionMembers(SALES, List.of(AccountRef.of("u-1"), AccountRef.of("u-2"))),
                new PermissionMembers(WIKI, List.of(AccountRef.of("u-1"), AccountRef.of("u-3"))));
        take(server);
        assertRequest(take(server), "GET", "/api/v1/groups/g-1");
        assertRequest(take(server), "GET", "/api/v1/product-assignment?take=1000&skip=0");
    }

    private HelloIdTargetConnector connector() {
        return HelloIdTestSupport.connector(server, Map.of());
    }
}
