package io.idbridge.engine.plan;

import io.idbridge.engine.config.PermissionDefinition;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.evaluate.AccountTiming;
import io.idbridge.engine.evaluate.PersonView;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.enforce.Retrier;
import io.idbridge.engine.plan.PlanBuilder.Draft;
import io.idbridge.engine.plan.TargetPlanner.PermissionKey;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.operation.CreateResourceOp;
import io.idbridge.spi.target.operation.GrantPermissionOp;
import io.idbridge.spi.target.operation.ListPermissionsOp;
import io.idbridge.spi.target.operation.RevokePermissionOp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one target offers in permissions: the types, which are revocable, and the existing permissions by name (listed
 * once per plan). Decides when a grant needs a resource created first.
 */
final class TargetPermissions {
    private final TargetSettings target;
    private final TargetConnector connector;
    private final Map<String, PermissionType> types = new HashMap<>();
    private final Map<String, Map<String, Permission>> existing = new HashMap<>();
    private final Map<PermissionKey, Draft> resources = new LinkedHashMap<>();
    /** Per permission and whether it may be created, what its grants resolve to (its creation is planned once). */
    private final Map<Resolution, Optional<Map<String, Object>>> resolved = new HashMap<>();
    private final List<PermissionDefinition> permissionsByName;

    private final Retrier retrier;

    TargetPermissions(TargetSettings target, TargetConnector connector, Retrier retrier) {
        this.target = target;
        this.connector = connector;
        this.retrier = retrier;
        this.permissionsByName = List.copyOf(new TreeMap<>(target.permissions()).values());
        connector.permissionTypes().forEach(type -> types.put(type.name(), type));
        for (PermissionDefinition definition : target.permissions().values()) {
            PermissionType type = types.get(definition.type());
            if (type == null) {
                throw new IllegalArgumentException("target " + target.name() + ": permission " + definition.name()
                        + " has type '" + definition.type() + "', but the connector offers " + types.keySet());
            }
            if (!(connector instanceof GrantPermissionOp)) {
                throw new IllegalArgumentException("target " + target.name() + ": the connector cannot grant permissions");
            }
            if (definition.createMissing() && !(type.creatable() && connector instanceof CreateResourceOp)) {
                throw new IllegalArgumentException("target " + target.name() + ": permission " + definition.name()
                        + " asks for create-missing, but the connector cannot create a " + type.name());
            }
        }
    }

    /** Never true for a grant-only type, so the engine never plans a revoke of one. */
    boolean revocable(String type) {
        PermissionType known = types.get(type);
        return known != null && known.revocable() && connector instanceof RevokePermissionOp;
    }

    /**
     * The permission to grant as a payload map (type, name and, when it exists already, id), planning its creation
     * first when it is missing and may be created; empty when it is missing and may not.
     */
    Optional<Map<String, Object>> resolveForGrant(PermissionKey key, PermissionDefinition definition) {
        // one read-only map per permission, shared by its grants: a plan holds every action until it is done, and a
        // first sync of 300,000 persons holds over half a million grants of a few hundred groups
        return resolved.computeIfAbsent(new Resolution(key, definition.createMissing()),
                unused -> resolve(key, definition));
    }

    private Optional<Map<String, Object>> resolve(PermissionKey key, PermissionDefinition definition) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", key.type());
        payload.put("name", key.name());
        if (!(connector instanceof ListPermissionsOp)) {
            return Optional.of(Collections.unmodifiableMap(payload));
        }
        Permission permission = existing(key.type()).get(key.name());
        if (permission != null) {
            payload.put("id", permission.id());
            return Optional.of(Collections.unmodifiableMap(payload));
        }
        if (!definition.createMissing()) {
            return Optional.empty();
        }
        resources.computeIfAbsent(key, missing -> new Draft(ActionType.CREATE_RESOURCE,
                Map.of("type", key.type(), "name", key.name()),
                key.type() + " '" + key.name() + "' is granted by " + definition.name() + " but does not exist yet"));
        return Optional.of(Collections.unmodifiableMap(payload));
    }

    private record Resolution(PermissionKey key, boolean createMissing) {
    }

    List<Draft> resourceDrafts() {
        return new ArrayList<>(resources.values());
    }

    private Map<String, Permission> existing(String type) {
        return existing.computeIfAbsent(type, listed -> {
            Map<String, Permission> byName = new HashMap<>();
            retrier.call(() -> ((ListPermissionsOp) connector).listPermissions(listed)).forEach(permission ->
                    byName.put(permission.name(), permission));
            return byName;
        });
    }


    /**
     * The permissions the rules grant one person now: per definition, from the contracts in conditions that carry
     * permissions today (a dynamic definition gives one name per such contract).
     *
     * @param variables the expression variables with {@code person} set; {@code contract} is set here
     */
    Map<PermissionKey, PermissionDefinition> desired(PersonEvaluation evaluation, Map<String, Object> variables,
                                                     LocalDate today) {
        Map<PermissionKey, PermissionDefinition> desired = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) variables.get("person");
        for (PermissionDefinition definition : permissionsByName) {
            List<Contract> contracts = evaluation.entitlements()
                    .contracts(new EntitlementRef(target.name(), definition.name())).stream()
                    .filter(contract -> AccountTiming.carriesPermissions(contract, target.lifecycle(), today))
                    .toList();
            if (contracts.isEmpty()) {
                continue;
            }
            if (!definition.dynamic()) {
                desired.put(new PermissionKey(definition.type(), definition.fixedName()), definition);
                continue;
            }
            for (Contract contract : contracts) {
                variables.put("contract", PersonView.contractOf(person, evaluation.person(), contract, today));
                String name = definition.dynamicName().evaluateString(variables);
                if (!name.isBlank()) {
                    desired.putIfAbsent(new PermissionKey(definition.type(), name), definition);
                }
            }
        }
        return desired;
    }
}
