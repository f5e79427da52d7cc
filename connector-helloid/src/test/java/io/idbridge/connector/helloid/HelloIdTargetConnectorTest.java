package io.idbridge.connector.helloid;

import static io.idbridge.connector.helloid.HelloIdTestSupport.assertRequest;
import static io.idbridge.connector.helloid.HelloIdTestSupport.body;
import static io.idbridge.connector.helloid.HelloIdTestSupport.json;
import static io.idbridge.connector.helloid.HelloIdTestSupport.parse;
import static io.idbridge.connector.helloid.HelloIdTestSupport.take;
import static io.idbridge.connector.helloid.HelloIdTestSupport.user;
import static io.idbridge.connector.helloid.HelloIdTestSupport.userNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.AccountAlreadyExistsException;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class HelloIdTargetConnectorTest {
    private static final String GUID = "5f1c2e9a-0000-4000-8000-000000000001";
    private static final AccountRef REF = AccountRef.of(GUID);

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void createPostsTheMappedDataNested() {
        server.enqueue(json(user(GUID, "jan@example.com", false)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userName", "jan@example.com");
        data.put("firstName", "Ömer");
        data.put("isEnabled", "false");
        data.put("mustChangePassword", "TRUE");
        data.put("source", "Local");
        data.put("userAttributes.department", "Sales");
        data.put("userAttributes.title", "Çelik-bewerker");
        data.put("managedByUserGUID", "ignored-when-set-manager-is-off");
        data.put("userGUID", "never-sent");

        AccountResult result = connector().create(new AccountData(data), new OperationOptions(AccountRef.of("boss")));

        assertThat(body(assertRequest(take(server), "POST", "/api/v1/users"))).isEqualTo(parse("""
                {"userName": "jan@example.com", "firstName": "Ömer", "isEnabled": false, "mustChangePassword": true,
                 "source": "Local", "userAttributes": {"department": "Sales", "title": "Çelik-bewerker"}}"""));
        assertThat(result.ref()).isEqualTo(REF);
        assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(result.data().get("userAttributes.phoneNumber")).isEqualTo("0612345678");
    }

    @Test
    void createIsDisabledUnlessTheDataSaysEnabled() {
        server.enqueue(json(user(GUID, "a", false)));
        server.enqueue(json(user(GUID, "b", true)));

        connector().create(new AccountData(Map.of("userName", "a")), OperationOptions.NONE);
        connector().create(new AccountData(Map.of("userName", "b", "isEnabled", "True")), OperationOptions.NONE);

        assertThat(body(take(server)).get("isEnabled").booleanValue()).isFalse();
        assertThat(body(take(server)).get("isEnabled").booleanValue()).isTrue();
    }

    @Test
    void anAccountCreatedEnabledIsOnePostWithIsEnabledTrue() {
        server.enqueue(json(user(GUID, "a", true)));

        connector().create(new AccountData(Map.of("userName", "a", "isEnabled", false)), OperationOptions.NONE, true);

        assertThat(body(assertRequest(take(server), "POST", "/api/v1/users")).get("isEnabled").booleanValue())
                .isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void createSetsTheManagerWhenSetManagerIsOn() {
        server.enqueue(json(user(GUID, "a", false)));

        connector(Map.of(HelloIdConfig.SET_MANAGER, true))
                .create(new AccountData(Map.of("userName", "a")), new OperationOptions(AccountRef.of("manager-guid")));

        assertThat(body(take(server)).get("managedByUserGUID").asText()).isEqualTo("manager-guid");
    }

    @Test
    void createOfATakenUserNameIsAlreadyExists() {
        server.enqueue(json(409, "{\"message\":\"A user with userName 'a' already exists\"}"));

        assertThatThrownBy(() -> connector().create(new AccountData(Map.of("userName", "a")), OperationOptions.NONE))
                .isInstanceOf(AccountAlreadyExistsException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void correlateByUserNameGetsTheUserByName() {
        server.enqueue(json(user(GUID, "jan@example.com", true)));

        Optional<AccountResult> result = connector().correlate("userName", "jan@example.com");

        assertRequest(take(server), "GET", "/api/v1/users/jan@example.com");
        assertThat(result).hasValueSatisfying(found -> {
            assertThat(found.ref()).isEqualTo(REF);
            assertThat(found.outcome()).isEqualTo(Outcome.CORRELATED);
        });
    }

    @Test
    void correlateOfAnUnknownUserNameIsEmpty() {
        server.enqueue(userNotFound());

        assertThat(connector().correlate("userName", "nobody")).isEmpty();
    }

    @Test
    void correlateByAttributePagesThroughUsers() {
        server.enqueue(json("[" + withEmployeeId("g1", "a", "100") + "," + withEmployeeId("g2", "b", "200") + "]"));
        server.enqueue(json("{\"data\": [" + withEmployeeId("g3", "c", "300") + "]}"));

        Optional<AccountResult> result = connector(Map.of(HelloIdConfig.PAGE_SIZE, 2))
                .correlate("userAttributes.employeeId", "300");

        assertRequest(take(server), "GET", "/api/v1/users?take=2&skip=0");
        assertRequest(take(server), "GET", "/api/v1/users?take=2&skip=2");
        assertThat(result).map(AccountResult::ref).contains(AccountRef.of("g3"));
    }

    @Test
    void correlateWithTwoMatchesIsAnError() {
        server.enqueue(json("[" + withEmployeeId("g1", "a", "100") + "," + withEmployeeId("g2", "b", "100") + "]"));

        assertThatThrownBy(() -> connector().correlate("userAttributes.employeeId", "100"))
                .isInstanceOfSatisfying(ConnectorException.class, error ->
                        assertThat(error.errorCode()).isEqualTo(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH));
    }

    @Test
    void updateWithoutChangesSendsNothing() {
        server.enqueue(json(user(GUID, "jan", true)));

        AccountResult result = connector().update(REF, new AccountData(Map.of("firstName", "Jan", "isEnabled", "true",
                "userAttributes.department", "Sales", "userName", "renamed-but-not-allowed")), OperationOptions.NONE);

        assertRequest(take(server), "GET", "/api/v1/users/" + GUID);
        assertThat(result.outcome()).isEqualTo(Outcome.NO_CHANGE);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void updatePutsTheFullCurrentUserWithTheChangesMergedIn() {
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(json(""));

        AccountResult result = connector().update(REF, new AccountData(Map.of("firstName", "Jan-Willem",
                "userAttributes.department", "Finance", "userName", "jw")), OperationOptions.NONE);

        take(server);
        ObjectNode expected = (ObjectNode) parse(user(GUID, "jan", true));
        expected.put("firstName", "Jan-Willem");
        ((ObjectNode) expected.get("userAttributes")).put("department", "Finance");
        assertThat(body(assertRequest(take(server), "PUT", "/api/v1/users/" + GUID))).isEqualTo(expected);
        assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(result.previous().get("firstName")).isEqualTo("Jan");
        assertThat(result.data().get("firstName")).isEqualTo("Jan-Willem");
    }

    @Test
    void renameGoesAsIdentifierObjectWhenAllowed() {
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(json(user(GUID, "jw", true)));

        AccountResult result = connector(Map.of(HelloIdConfig.UPDATE_USER_NAME, true))
                .update(REF, new AccountData(Map.of("userName", "jw")), OperationOptions.NONE);

        take(server);
        assertThat(body(take(server)).get("IdentifierObject")).isEqualTo(parse("{\"userName\": \"jw\"}"));
        assertThat(result.data().get("userName")).isEqualTo("jw");
    }

    @Test
    void updateOfAnUnknownAccountFails() {
        server.enqueue(userNotFound());
        server.enqueue(userNotFound());

        assertThatThrownBy(() -> connector().update(REF, AccountData.EMPTY, OperationOptions.NONE))
                .isInstanceOf(UnknownAccountException.class);
        assertThatThrownBy(() -> connector().enable(REF, AccountData.EMPTY))
                .isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void enableAndDisableSetIsEnabled() {
        server.enqueue(json(user(GUID, "jan", false)));
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(json(user(GUID, "jan", false)));

        assertThat(connector().enable(REF, AccountData.EMPTY).outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(connector().disable(REF, new AccountData(Map.of("userAttributes.description", "Disabled")))
                .outcome()).isEqualTo(Outcome.CHANGED);

        take(server);
        assertThat(body(take(server)).get("isEnabled").booleanValue()).isTrue();
        take(server);
        ObjectNode disabled = (ObjectNode) body(take(server));
        assertThat(disabled.get("isEnabled").booleanValue()).isFalse();
        assertThat(disabled.at("/userAttributes/description").asText()).isEqualTo("Disabled");
        assertThat(disabled.at("/userAttributes/phoneNumber").asText()).isEqualTo("0612345678");
    }

    @Test
    void disableOfAnUnknownAccountIsSkipped() {
        // the status is not what decides (systems.md §2.5): the message "User not found" is
        server.enqueue(json(400, "{\"resultMsg\":\"User not found\"}"));

        assertThat(connector().disable(REF, AccountData.EMPTY).outcome()).isEqualTo(Outcome.SKIPPED_NOT_FOUND);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteGetsThenDeletes() {
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(new MockResponse.Builder().code(200).build());

        AccountResult result = connector().delete(REF);

        assertRequest(take(server), "GET", "/api/v1/users/" + GUID);
        assertThat(assertRequest(take(server), "DELETE", "/api/v1/users/" + GUID).getBodySize()).isZero();
        assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(result.previous().get("userName")).isEqualTo("jan");
    }

    @Test
    void deleteOfAnUnknownAccountIsSkipped() {
        server.enqueue(userNotFound());

        assertThat(connector().delete(REF).outcome()).isEqualTo(Outcome.SKIPPED_NOT_FOUND);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void valueInUseAsksForTheUserName() {
        server.enqueue(json(user(GUID, "jan", true)));
        server.enqueue(userNotFound());

        assertThat(connector().isValueInUse("userName", "jan")).isTrue();
        assertThat(connector().isValueInUse("userName", "piet")).isFalse();
        assertRequest(take(server), "GET", "/api/v1/users/jan");
        assertThatThrownBy(() -> connector().isValueInUse("contactEmail", "x"))
                .isInstanceOfSatisfying(ConnectorException.class, error ->
                        assertThat(error.errorCode()).isEqualTo(HelloIdErrorCode.HELLOID_UNSUPPORTED_FIELD));
    }

    @Test
    void importReadsActiveThenDeletedUsers() {
        server.enqueue(json("[" + user("g1", "a", true) + "]"));
        server.enqueue(json("{\"data\": [" + user("g2", "b", false) + "]}"));

        List<ImportedAccount> accounts = connector().importAccounts().toList();

        assertRequest(take(server), "GET", "/api/v1/users?take=1000&skip=0");
        assertRequest(take(server), "GET", "/api/v1/users?isDeleted=true&take=1000&skip=0");
        assertThat(accounts).extracting(account -> account.ref().id()).containsExactly("g1", "g2");
        assertThat(accounts.get(0).displayName()).isEqualTo("Jan Jansen");
        assertThat(accounts.get(0).enabled()).isTrue();
        assertThat(accounts.get(1).data().get("isDeleted")).isEqualTo(true);
    }

    @Test
    void connectionTestReadsOneUser() {
        server.enqueue(json("[]"));

        connector().test();

        assertRequest(take(server), "GET", "/api/v1/users?take=1&skip=0");
    }

    @Test
    void connectionTestWithWrongCredentialsIsAnAuthenticationError() {
        server.enqueue(json(401, "{\"message\":\"Authorization has been denied for this request.\"}"));

        assertThatThrownBy(() -> connector().test()).isInstanceOfSatisfying(ConnectorException.class, error ->
                assertThat(error.errorType()).isEqualTo(ErrorType.AUTHENTICATION));
    }

    private HelloIdTargetConnector connector() {
        return connector(Map.of());
    }

    private HelloIdTargetConnector connector(Map<String, Object> extra) {
        return HelloIdTestSupport.connector(server, extra);
    }

    private static String withEmployeeId(String guid, String userName, String employeeId) {
        return "{\"userGUID\":\"" + guid + "\",\"userName\":\"" + userName
                + "\",\"userAttributes\":{\"employeeId\":\"" + employeeId + "\"}}";
    }
}
