package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.StandardErrorCode;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding the one existing user for a person (systems.md §2.6 create, correlation). */
final class HelloIdCorrelation {
    private final HelloIdClient client;

    HelloIdCorrelation(HelloIdClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    Optional<AccountResult> correlate(String accountField, String value) {
        if (value.isBlank()) {
            throw new ConnectorException(StandardErrorCode.INVALID_CONFIGURATION,
                    "cannot correlate on " + accountField + ": the person's value is empty");
        }
        Optional<JsonNode> user = isPathIdentifier(accountField) ? findByPath(accountField, value)
                : scan(accountField, value);
        return user.map(found -> {
            AccountRef ref = AccountRef.of(HelloIdUsers.userGuid(found, "GET /users"));
            AccountData data = HelloIdUsers.flatten(found);
            return new AccountResult(ref, data, data, Outcome.CORRELATED, List.of(AuditMessage.info("CorrelateAccount",
                    "Correlated to account " + data.get(HelloIdUsers.USER_NAME) + " (" + ref.id() + ") on "
                            + accountField)));
        });
    }

    /**
     * {@code GET /users/{userName}}. The path also resolves GUIDs and other identifiers, so the answer counts only when
     * its userName is the one asked for (HelloID compares user names without regard to case).
     */
    Optional<ObjectNode> findByUserName(String userName) {
        return client.findUser(userName)
                .filter(user -> userName.equalsIgnoreCase(HelloIdUsers.text(user, HelloIdUsers.USER_NAME)));
    }

    private Optional<JsonNode> findByPath(String accountField, String value) {
        if (accountField.equalsIgnoreCase(HelloIdUsers.USER_NAME)) {
            return findByUserName(value).map(JsonNode.class::cast);
        }
        return client.findUser(value)
                .filter(user -> value.equalsIgnoreCase(HelloIdUsers.text(user, HelloIdUsers.USER_GUID)))
                .map(JsonNode.class::cast);
    }

    /** Pages through every user: the API cannot search by attribute. More than one match is an error. */
    private Optional<JsonNode> scan(String accountField, String value) {
        List<JsonNode> matches;
        try (Stream<JsonNode> users = client.listUsers(false)) {
            matches = users.filter(user -> matches(user, accountField, value)).limit(2).toList();
        }
        if (matches.size() > 1) {
            throw new ConnectorException(StandardErrorCode.MULTIPLE_ACCOUNTS_MATCH,
                    "more than one HelloID user has " + accountField + " = " + value);
        }
        return matches.stream().findFirst();
    }

    private static boolean matches(JsonNode user, String accountField, String value) {
        Object field = HelloIdUsers.flatten(user).get(accountField);
        return field != null && Objects.equals(String.valueOf(field), value);
    }

    private static boolean isPathIdentifier(String accountField) {
        return accountField.equalsIgnoreCase(HelloIdUsers.USER_NAME) || accountField.equalsIgnoreCase(HelloIdUsers.USER_GUID);
    }
}
