package io.idbridge.connector.helloid;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.ImportedAccount;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionMembers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Reading every user, group membership and product assignment (systems.md §1.5, §2.6 import). */
final class HelloIdImport {
    private HelloIdImport() {
    }

    /**
     * Active users, then deleted users ({@code isDeleted=true}, marked so in their data), each paged on its own. A user
     * both lists return is emitted once.
     */
    static Stream<ImportedAccount> accounts(HelloIdClient client) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return Stream.concat(
                        client.listUsers(false).map(user -> account(user, false)),
                        client.listUsers(true).map(user -> account(user, true)))
                .filter(account -> seen.add(account.ref().id().toLowerCase()));
    }

    /** Every group with the GUIDs in its {@code users} array (one {@code GET /groups/{guid}} per group). */
    static Stream<PermissionMembers> groups(HelloIdClient client) {
        return client.listGroups()
                .map(HelloIdPermissions::group)
                .flatMap(group -> client.findGroup(group.id()).stream()
                        .map(detail -> new PermissionMembers(group, refs(memberGuids(detail)))));
    }

    /** Every assigned product with its holders, grouped by {@code productGuid}. */
    static Stream<PermissionMembers> products(HelloIdClient client) {
        return Stream.of(Boolean.TRUE).flatMap(ignored -> {
            Map<String, Permission> products = new LinkedHashMap<>();
            Map<String, Set<String>> holders = new LinkedHashMap<>();
            client.listProductAssignments().forEach(assignment -> {
                String productGuid = HelloIdUsers.text(assignment, "productGuid");
                String userGuid = HelloIdUsers.text(assignment, "userGuid");
                if (productGuid == null || userGuid == null) {
                    return;
                }
                String key = productGuid.toLowerCase();
                String name = HelloIdUsers.text(assignment, "productName");
                products.putIfAbsent(key, new Permission(HelloIdPermissions.PRODUCT, productGuid,
                        name == null ? productGuid : name));
                holders.computeIfAbsent(key, unused -> new LinkedHashSet<>()).add(userGuid);
            });
            return products.entrySet().stream().map(entry -> new PermissionMembers(entry.getValue(),
                    refs(new ArrayList<>(holders.get(entry.getKey())))));
        });
    }

    /** The user GUIDs of a group's {@code users} array, which holds GUID strings (or user objects with userGUID). */
    static List<String> memberGuids(JsonNode group) {
        List<String> guids = new ArrayList<>();
        JsonNode users = group.get("users");
        if (users == null || !users.isArray()) {
            return guids;
        }
        for (JsonNode user : users) {
            String guid = user.isObject() ? HelloIdUsers.text(user, HelloIdUsers.USER_GUID) : user.asText(null);
            if (guid != null && !guid.isBlank()) {
                guids.add(guid);
            }
        }
        return guids;
    }

    private static ImportedAccount account(JsonNode user, boolean deleted) {
        AccountData data = HelloIdUsers.flatten(user);
        if (deleted) {
            data = data.with(new AccountData(Map.of("isDeleted", true)));
        }
        String enabled = HelloIdUsers.text(user, HelloIdUsers.IS_ENABLED);
        return new ImportedAccount(AccountRef.of(HelloIdUsers.userGuid(user, "GET /users")), HelloIdUsers.displayName(user),
                HelloIdUsers.text(user, HelloIdUsers.USER_NAME), Boolean.parseBoolean(enabled), data);
    }

    private static List<AccountRef> refs(List<String> guids) {
        return guids.stream().map(AccountRef::of).toList();
    }
}
