package io.idbridge.sandbox.helloid;


import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The simulator's state. One lock guards everything: simple, and far faster than any client needs.
 * GUIDs are stored in lower case and matched case-insensitively.
 */
final class HelloIdStore {
    static final String API_SOURCE = "API";

    private final Map<String, SimulatedUser> users = new LinkedHashMap<>();
    /** GUID of the user that is not deleted, by {@link #nameKey} of its user name: user names are unique that way. */
    private final Map<String, String> guidByUserName = new HashMap<>();
    private final Map<String, SimulatedGroup> groups = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, SimulatedProduct> products = new LinkedHashMap<>();
    private final Set<SimulatedAssignment> assignments = new LinkedHashSet<>();
    private int nextUserId = 1;

    synchronized void clear() {
        users.clear();
        guidByUserName.clear();
        groups.clear();
        members.clear();
        products.clear();
        assignments.clear();
        nextUserId = 1;
    }

    /** Users in id order; {@code enabled} null means either. */
    synchronized List<SimulatedUser> users(Boolean enabled, boolean deleted) {
        return users.values().stream()
                .filter(user -> user.deleted() == deleted)
                .filter(user -> enabled == null || user.enabled() == enabled)
                .toList();
    }

    /** A user that is not deleted, by GUID or (case-insensitively) by user name. */
    synchronized Optional<SimulatedUser> findUser(String guidOrUserName) {
        SimulatedUser byGuid = users.get(guidOrUserName.toLowerCase(Locale.ROOT));
        if (byGuid != null && !byGuid.deleted()) {
            return Optional.of(byGuid);
        }
        return Optional.ofNullable(guidByUserName.get(nameKey(guidOrUserName))).map(users::get);
    }

    synchronized SimulatedUser createUser(String userName, UserFields fields, String source) {
        requireUniqueUserName(userName, null);
        requireManager(fields.managedByUserGuid(), null);
        SimulatedUser user = new SimulatedUser(UUID.randomUUID().toString(), nextUserId++, userName,
                fields.firstName(), fields.lastName(), fields.contactEmail(), fields.enabled(), source,
                fields.mustChangePassword(), fields.userAttributes(), managerGuid(fields), false);
        users.put(user.userGuid(), user);
        guidByUserName.put(nameKey(userName), user.userGuid());
        return user;
    }

    /** Replaces every writable field; {@code newUserName} null keeps the name. */
    synchronized SimulatedUser replaceUser(String guidOrUserName, UserFields fields, String newUserName) {
        SimulatedUser current = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        String userName = current.userName();
        if (newUserName != null && !newUserName.equals(current.userName())) {
            requireUniqueUserName(newUserName, current.userGuid());
            userName = newUserName;
        }
        requireManager(fields.managedByUserGuid(), current.userGuid());
        SimulatedUser replaced = new SimulatedUser(current.userGuid(), current.id(), userName, fields.firstName(),
                fields.lastName(), fields.contactEmail(), fields.enabled(), current.source(),
                fields.mustChangePassword(), fields.userAttributes(), managerGuid(fields), false);
        users.put(replaced.userGuid(), replaced);
        guidByUserName.remove(nameKey(current.userName()));
        guidByUserName.put(nameKey(userName), replaced.userGuid());
        return replaced;
    }

    /** Marks the user deleted and drops its memberships and product assignments. */
    synchronized void deleteUser(String guidOrUserName) {
        SimulatedUser user = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        users.put(user.userGuid(), user.withDeleted());
        guidByUserName.remove(nameKey(user.userName()));
        members.values().forEach(groupMembers -> groupMembers.remove(user.userGuid()));
        assignments.removeIf(assignment -> assignment.userGuid().equals(user.userGuid()));
    }

    private void requireUniqueUserName(String userName, String exceptGuid) {
        if (userName.isBlank()) {
            throw HelloIdApiException.badRequest("userName is required");
        }
        String holder = guidByUserName.get(nameKey(userName));
        if (holder != null && !holder.equals(exceptGuid)) {
            throw new HelloIdApiException(409, "A user with userName '" + userName + "' already exists");
        }
    }

    /** The same key for two user names that differ only in case. */
    private static String nameKey(String userName) {
        return userName.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private void requireManager(String managerGuid, String userGuid) {
        if (managerGuid == null || managerGuid.isEmpty()) {
            return;
        }
        SimulatedUser manager = users.get(managerGuid.toLowerCase(Locale.ROOT));
        if (manager == null || manager.deleted()) {
            throw HelloIdApiException.badRequest("managedByUserGUID '" + managerGuid + "' is not a known user");
        }
        if (manager.userGuid().equals(userGuid)) {
            throw HelloIdApiException.badRequest("a user cannot manage itself");
        }
    }

    private static String managerGuid(UserFields fields) {
        String guid = fields.managedByUserGuid();
        return guid == null || guid.isEmpty() ? null : guid.toLowerCase(Locale.ROOT);
    }

    synchronized List<SimulatedGroup> groups() {
        return List.copyOf(groups.values());
    }

    synchronized Optional<SimulatedGroup> findGroup(String groupGuid) {
        return Optional.ofNullable(groups.get(groupGuid.toLowerCase(Locale.ROOT)));
    }

    synchronized SimulatedGroup createGroup(String name, boolean enabled) {
        if (name.isBlank()) {
            throw HelloIdApiException.badRequest("name is required");
        }
        if (groups.values().stream().anyMatch(group -> group.name().equalsIgnoreCase(name))) {
            throw new HelloIdApiException(409, "A group with name '" + name + "' already exists");
        }
        SimulatedGroup group = new SimulatedGroup(UUID.randomUUID().toString(), name, enabled);
        groups.put(group.groupGuid(), group);
        members.put(group.groupGuid(), new LinkedHashSet<>());
        return group;
    }

    /** The GUIDs of the group's members in the order they joined. */
    synchronized List<String> members(String groupGuid) {
        SimulatedGroup group = requireGroup(groupGuid);
        return List.copyOf(members.get(group.groupGuid()));
    }

    /** Idempotent: adding a member twice leaves one membership. */
    synchronized void addMember(String guidOrUserName, String groupGuid) {
        SimulatedUser user = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        SimulatedGroup group = requireGroup(groupGuid);
        members.get(group.groupGuid()).add(user.userGuid());
    }

    /** Idempotent: removing a non-member changes nothing. */
    synchronized void removeMember(String guidOrUserName, String groupGuid) {
        SimulatedUser user = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        SimulatedGroup group = requireGroup(groupGuid);
        members.get(group.groupGuid()).remove(user.userGuid());
    }

    private SimulatedGroup requireGroup(String groupGuid) {
        return findGroup(groupGuid).orElseThrow(() -> new HelloIdApiException(404, "Group not found"));
    }

    synchronized List<SimulatedProduct> products() {
        return List.copyOf(products.values());
    }

    synchronized SimulatedProduct createProduct(String name) {
        if (products.values().stream().anyMatch(product -> product.name().equalsIgnoreCase(name))) {
            throw new IllegalArgumentException("a product named '" + name + "' already exists");
        }
        String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        SimulatedProduct product = new SimulatedProduct(UUID.randomUUID().toString(), name, code);
        products.put(product.productGuid(), product);
        return product;
    }

    synchronized List<SimulatedAssignment> assignments() {
        return List.copyOf(assignments);
    }

    synchronized List<SimulatedAssignment> assignmentsOf(String guidOrUserName) {
        SimulatedUser user = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        return assignments.stream().filter(assignment -> assignment.userGuid().equals(user.userGuid())).toList();
    }

    synchronized Optional<SimulatedProduct> findProduct(String productGuid) {
        return Optional.ofNullable(products.get(productGuid.toLowerCase(Locale.ROOT)));
    }

    /** A request is approved at once; requesting a product the user already holds is a 409 (legacy docs). */
    synchronized SimulatedAssignment requestProduct(String productGuid, String requestedByGuid, String userGuid) {
        SimulatedProduct product = requireProduct(productGuid);
        findUser(requestedByGuid).orElseThrow(HelloIdApiException::userNotFound);
        SimulatedUser user = findUser(userGuid).orElseThrow(HelloIdApiException::userNotFound);
        SimulatedAssignment assignment = new SimulatedAssignment(product.productGuid(), user.userGuid());
        if (!assignments.add(assignment)) {
            throw new HelloIdApiException(409, "Product '" + product.name() + "' is already assigned to this user");
        }
        return assignment;
    }

    /** Removes the user's assignments of the product; how many (0 or 1). */
    synchronized int unassign(String productGuid, String guidOrUserName) {
        SimulatedProduct product = requireProduct(productGuid);
        SimulatedUser user = findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        return assignments.remove(new SimulatedAssignment(product.productGuid(), user.userGuid())) ? 1 : 0;
    }

    private SimulatedProduct requireProduct(String productGuid) {
        return findProduct(productGuid).orElseThrow(() -> new HelloIdApiException(404, "Product not found"));
    }
}
