package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.UnknownAccountException;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.AuditMessage;
import io.idbridge.spi.model.Outcome;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionMembers;
import io.idbridge.spi.model.PermissionResult;
import io.idbridge.spi.model.PermissionType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Groups and self-service products (systems.md §2.3, §2.6). A group is identified by its {@code groupGuid}. A product is
 * identified by its GUID: in {@code GET /products} the item's {@code productGuid} when present, else its
 * {@code productId} (the reference permission id). That GUID is what the self-service request takes as
 * {@code requestedProductGUID} and what product assignments carry as {@code productGuid}, so grant, list and import
 * agree (the reference connector lists {@code productId} but imports {@code productGuid}).
 */
final class HelloIdPermissions {
    static final String GROUP = "group";
    static final String PRODUCT = "product";
    static final List<PermissionType> TYPES = List.of(
            new PermissionType(GROUP, true, true),
            // grant-only: the engine never plans a revoke of a product (issue #3)
            new PermissionType(PRODUCT, false, false));

    /** How long a group's member list read from HelloID is trusted before it is read again. */
    private static final long MEMBERS_FRESH_NANOS = 5L * 60 * 1_000_000_000;

    private final HelloIdClient client;
    /**
     * Per group (lower-cased GUID), the members as read once and kept up to date by this connector's own grants and
     * revokes: a grant is then one {@code POST}, instead of a {@code GET /groups/{guid}} whose member list grows with
     * the organisation (quadratic over a first sync of "All staff") plus a {@code GET} of the user.
     */
    private final Map<String, Members> members = new ConcurrentHashMap<>();

    private record Members(Set<String> guids, long readAt) {
    }

    HelloIdPermissions(HelloIdClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    List<Permission> list(String type) {
        return switch (requireType(type)) {
            case GROUP -> client.listGroups().map(HelloIdPermissions::group).toList();
            case PRODUCT -> client.listProducts().map(HelloIdPermissions::product).toList();
            default -> throw unsupported(type, "list");
        };
    }

    PermissionResult grant(AccountRef account, Permission permission) {
        if (requireType(permission.type()).equals(GROUP)) {
            return grantGroup(account, permission);
        }
        String userGuid = existingUser(account).orElseThrow(() -> missing(account, permission));
        return grantProduct(userGuid, permission);
    }

    /** {@code DELETE /users/{guid}/groups/{groupGuid}} for a member; for anyone else a check that the user exists. */
    PermissionResult revoke(AccountRef account, Permission permission) {
        if (!requireType(permission.type()).equals(GROUP)) {
            throw unsupported(permission.type(), "revoke");
        }
        Set<String> current = members(permission);
        String userGuid = account.id().toLowerCase(Locale.ROOT);
        if (!current.contains(userGuid)) {
            if (existingUser(account).isEmpty()) {
                return skippedRevoke(account, permission);
            }
            return result(Outcome.NO_CHANGE, "RevokePermission",
                    "Skipped revoking " + describe(permission) + " from " + account.id() + ": not a member");
        }
        try {
            client.removeUserFromGroup(account.id(), permission.id());
        } catch (ConnectorException error) {
            if (HelloIdClient.isUserNotFound(error)) {
                current.remove(userGuid);
                return skippedRevoke(account, permission);
            }
            throw error;
        }
        current.remove(userGuid);
        return result(Outcome.CHANGED, "RevokePermission", "Revoked " + describe(permission) + " from " + account.id());
    }

    /** Finds the group named {@code name} (ignoring case, as group names are unique without regard to case) or creates it. */
    Permission ensureGroup(String name) {
        Optional<Permission> existing = client.listGroups().map(HelloIdPermissions::group)
                .filter(group -> group.name().equalsIgnoreCase(name))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        JsonNode created = client.createGroup(name);
        String groupGuid = HelloIdUsers.text(created, "groupGuid");
        if (groupGuid == null) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE,
                    "POST /groups returned no groupGuid for group " + name);
        }
        return new Permission(GROUP, groupGuid, name);
    }

    /** Every group with its members (one {@code GET /groups/{guid}} per group), then every assigned product. */
    Stream<PermissionMembers> importAll() {
        return Stream.concat(HelloIdImport.groups(client), HelloIdImport.products(client));
    }

    /** {@code POST /users/{guid}/groups} unless the user is a member already; HelloID's "User not found" is a miss. */
    private PermissionResult grantGroup(AccountRef account, Permission permission) {
        Set<String> current = members(permission);
        String userGuid = account.id().toLowerCase(Locale.ROOT);
        if (current.contains(userGuid)) {
            return result(Outcome.NO_CHANGE, "GrantPermission",
                    "Skipped granting " + describe(permission) + " to " + account.id() + ": already a member");
        }
        try {
            client.addUserToGroup(account.id(), permission.id());
        } catch (ConnectorException error) {
            if (HelloIdClient.isUserNotFound(error)) {
                throw missing(account, permission);
            }
            throw error;
        }
        current.add(userGuid);
        return result(Outcome.CHANGED, "GrantPermission", "Granted " + describe(permission) + " to " + account.id());
    }

    /** The group's members: read from HelloID once (again after {@link #MEMBERS_FRESH_NANOS}), then kept here. */
    private Set<String> members(Permission permission) {
        return members.compute(permission.id().toLowerCase(Locale.ROOT), (guid, known) -> {
            if (known != null && System.nanoTime() - known.readAt() < MEMBERS_FRESH_NANOS) {
                return known;
            }
            Set<String> guids = ConcurrentHashMap.newKeySet();
            guids.addAll(groupMembers(permission));
            return new Members(guids, System.nanoTime());
        }).guids();
    }

    private static UnknownAccountException missing(AccountRef account, Permission permission) {
        return new UnknownAccountException("HelloID user " + account.id() + " does not exist; cannot grant "
                + describe(permission));
    }

    private static PermissionResult skippedRevoke(AccountRef account, Permission permission) {
        return result(Outcome.SKIPPED_NOT_FOUND, "RevokePermission",
                "Skipped revoking " + describe(permission) + ": HelloID user " + account.id() + " does not exist");
    }

    /**
     * Requests the product unless the user already holds it. Unlike the reference connector, a user holding other
     * products still gets the request (systems.md §2.6, quirk).
     */
    private PermissionResult grantProduct(String userGuid, Permission permission) {
        boolean assigned = client.listProductAssignmentsOf(userGuid)
                .map(assignment -> HelloIdUsers.text(assignment, "productGuid"))
                .anyMatch(permission.id()::equalsIgnoreCase);
        if (assigned) {
            return result(Outcome.NO_CHANGE, "GrantPermission",
                    "Skipped granting " + describe(permission) + " to " + userGuid + ": already granted");
        }
        client.requestProduct(permission.id(), userGuid);
        return result(Outcome.CHANGED, "GrantPermission", "Requested " + describe(permission) + " for " + userGuid);
    }

    /** The lower-cased GUIDs of the group's members; a missing group is a {@code NOT_FOUND} error. */
    private List<String> groupMembers(Permission permission) {
        JsonNode group = client.findGroup(permission.id()).orElseThrow(() -> new ConnectorException(
                HelloIdErrorCode.HELLOID_GROUP_NOT_FOUND, "HelloID group " + permission.id() + " does not exist"));
        return HelloIdImport.memberGuids(group).stream().map(String::toLowerCase).toList();
    }

    private Optional<String> existingUser(AccountRef account) {
        return client.findUser(account.id()).map(user -> HelloIdUsers.userGuid(user, "GET /users/{guid}"));
    }

    static Permission group(JsonNode group) {
        String guid = HelloIdUsers.text(group, "groupGuid");
        if (guid == null) {
            throw new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE, "GET /groups returned a group without groupGuid");
        }
        String name = HelloIdUsers.text(group, "name");
        return new Permission(GROUP, guid, name == null ? guid : name);
    }

    static Permission product(JsonNode product) {
        // the GUID assignments carry (productGuid) when the item has it, else the reference connector's productId
        String guid = Optional.ofNullable(HelloIdUsers.text(product, "productGuid"))
                .or(() -> Optional.ofNullable(HelloIdUsers.text(product, "productId")))
                .orElseThrow(() -> new ConnectorException(HelloIdErrorCode.HELLOID_INCOMPLETE_RESPONSE,
                        "GET /products returned a product without productId"));
        String name = HelloIdUsers.text(product, "name");
        return new Permission(PRODUCT, guid, name == null ? guid : name);
    }

    private static String requireType(String type) {
        if (!GROUP.equals(type) && !PRODUCT.equals(type)) {
            throw unsupported(type, "use");
        }
        return type;
    }

    private static ConnectorException unsupported(String type, String operation) {
        return new ConnectorException(HelloIdErrorCode.HELLOID_UNSUPPORTED_PERMISSION_TYPE,
                "HelloID cannot " + operation + " permissions of type " + type + "; types: group, product"
                        + (operation.equals("revoke") ? " (products are grant-only)" : ""));
    }

    private static String describe(Permission permission) {
        return permission.type() + " " + permission.name() + " (" + permission.id() + ")";
    }

    private static PermissionResult result(Outcome outcome, String action, String message) {
        return new PermissionResult(outcome, List.of(AuditMessage.info(action, message)));
    }
}
