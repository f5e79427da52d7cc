package io.idbridge.connector.helloid;

import static io.idbridge.connector.helloid.HelloIdUsers.IDENTIFIER_OBJECT;
import static io.idbridge.connector.helloid.HelloIdUsers.MANAGER;
import static io.idbridge.connector.helloid.HelloIdUsers.USER_GUID;
import static io.idbridge.connector.helloid.HelloIdUsers.USER_NAME;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AccountResult;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.OperationOptions;
import io.idbridge.spi.model.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Update, enable and disable as the reference connector does them (systems.md §2.3, §2.4, §2.6): GET the user, compare
 * its flattened fields with the managed ones (a field missing on the user counts as null), and only on a difference
 * PUT the full current object with the changed fields merged in, so fields the mapping does not manage are sent back
 * as HelloID holds them.
 */
final class HelloIdAccountUpdater {
    private final HelloIdClient client;
    private final HelloIdConfig config;

    HelloIdAccountUpdater(HelloIdClient client, HelloIdConfig config) {
        this.client = requireNonNull(client, "client is null");
        this.config = requireNonNull(config, "config is null");
    }

    /**
     * @param action the audit action, e.g. {@code UpdateAccount}
     * @return the result, or empty when the user does not exist
     */
    Optional<AccountResult> apply(AccountRef ref, AccountData desired, OperationOptions options, String action) {
        Optional<ObjectNode> found = client.findUser(ref.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode current = found.get();
        AccountData previous = HelloIdUsers.flatten(current);
        AccountData managed = managedFields(desired, options);
        Set<String> changed = previous.changedFields(managed);
        String who = describe(ref, previous);
        if (changed.isEmpty()) {
            return Optional.of(new AccountResult(ref, previous, previous, Outcome.NO_CHANGE,
                    List.of(AuditMessage.info(action, "Skipped " + action + " of " + who + ": no changes"))));
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changed.forEach(field -> changes.put(field, managed.get(field)));
        JsonNode response;
        try {
            response = client.updateUser(ref.id(), mergedBody(current, changes));
        } catch (ConnectorException error) {
            if (HelloIdClient.isUserNotFound(error)) {
                return Optional.empty();
            }
            throw error;
        }
        AccountData now = response.isObject() && response.has(USER_GUID)
                ? HelloIdUsers.flatten(response)
                : previous.with(new AccountData(changes));
        return Optional.of(new AccountResult(ref, now, previous, Outcome.CHANGED,
                List.of(AuditMessage.info(action, action + " of " + who + " changed " + changed))));
    }

    /** The desired fields this connector may write: no userGUID, userName only when renaming is allowed. */
    private AccountData managedFields(AccountData desired, OperationOptions options) {
        Map<String, Object> values = new LinkedHashMap<>(HelloIdUsers.withBooleans(desired).values());
        values.remove(USER_GUID);
        values.keySet().removeIf(field -> field.startsWith(IDENTIFIER_OBJECT + "."));
        if (!config.updateUserName()) {
            values.remove(USER_NAME);
        }
        values.remove(MANAGER);
        if (config.setManager()) {
            // without a manager account the current manager is left as it is rather than cleared
            options.manager().ifPresent(manager -> values.put(MANAGER, manager.id()));
        }
        return new AccountData(values);
    }

    /** The full current user with the changes merged in; a new userName goes in IdentifierObject.userName. */
    private static ObjectNode mergedBody(ObjectNode current, Map<String, Object> changes) {
        ObjectNode body = current.deepCopy();
        changes.forEach((field, value) -> {
            if (field.equals(USER_NAME)) {
                body.putObject(IDENTIFIER_OBJECT).put(USER_NAME, value == null ? null : value.toString());
            } else {
                HelloIdUsers.set(body, field, value);
            }
        });
        return body;
    }

    static String describe(AccountRef ref, AccountData data) {
        Object userName = data.get(USER_NAME);
        return userName == null ? "account " + ref.id() : "account " + userName + " (" + ref.id() + ")";
    }
}
