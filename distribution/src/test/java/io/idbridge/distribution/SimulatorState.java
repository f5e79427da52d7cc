package io.idbridge.distribution;

import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedGroup;
import io.idbridge.sandbox.helloid.SimulatedProduct;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a HelloID tenant holds, without the identifiers it generates (GUIDs, numeric ids), so that two simulators fed
 * the same changes compare equal: users by user name with their fields and enabled flag, group members and product
 * holders by user name.
 *
 * @param users user name to the user's fields
 * @param groupMembers group name to the user names of its members
 * @param productHolders product name to the user names it is assigned to
 * @param deletedUsers how many users are marked deleted
 */
record SimulatorState(Map<String, UserFields> users, Map<String, Set<String>> groupMembers,
                      Map<String, Set<String>> productHolders, int deletedUsers) {
    /** A user's fields as HelloID keeps them. */
    record UserFields(String firstName, String lastName, String contactEmail, boolean enabled, String source,
                      Map<String, Object> userAttributes) {
    }

    static SimulatorState of(HelloIdSimulator simulator) {
        Map<String, String> userNames = new TreeMap<>();
        Map<String, UserFields> users = new TreeMap<>();
        for (SimulatedUser user : simulator.users()) {
            userNames.put(user.userGuid(), user.userName());
            users.put(user.userName(), new UserFields(user.firstName(), user.lastName(), user.contactEmail(),
                    user.enabled(), user.source(), new TreeMap<>(user.userAttributes())));
        }
        Map<String, Set<String>> groups = new TreeMap<>();
        for (SimulatedGroup group : simulator.groups()) {
            groups.put(group.name(), simulator.members(group.groupGuid()).stream().map(userNames::get)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, String> productNames = simulator.products().stream()
                .collect(Collectors.toMap(SimulatedProduct::productGuid, SimulatedProduct::name));
        Map<String, Set<String>> products = new TreeMap<>();
        simulator.products().forEach(product -> products.put(product.name(), new TreeSet<>()));
        simulator.assignments().forEach(assignment -> products.get(productNames.get(assignment.productGuid()))
                .add(userNames.get(assignment.userGuid())));
        return new SimulatorState(users, groups, products, simulator.deletedUsers().size());
    }

    /** How many users carry each employee id; more than one is a duplicated create. */
    static Map<Object, Long> usersPerEmployeeId(HelloIdSimulator simulator) {
        return simulator.users().stream().collect(Collectors.groupingBy(
                user -> String.valueOf(user.userAttributes().get("employeeId")), TreeMap::new, Collectors.counting()));
    }
}
