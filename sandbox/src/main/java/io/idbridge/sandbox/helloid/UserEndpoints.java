package io.idbridge.sandbox.helloid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.util.List;
import java.util.Map;

/** {@code /users} and {@code /users/{guid or userName}} (systems.md §2.3, §2.4). */
final class UserEndpoints {
    private final HelloIdStore store;
    private final Paging paging;

    UserEndpoints(HelloIdStore store, Paging paging) {
        this.store = store;
        this.paging = paging;
    }

    /** {@code GET /users?take&skip&enabled&isDeleted}; deleted users only with {@code isDeleted=true}. */
    SimulatorResponse list(SimulatorRequest request) {
        Map<String, String> query = request.queryParameters();
        Boolean enabled = Paging.filter(query, "enabled");
        Boolean deleted = Paging.filter(query, "isDeleted");
        List<ObjectNode> users = store.users(enabled, Boolean.TRUE.equals(deleted)).stream()
                .map(HelloIdJson::user).toList();
        return paging.page(users, query);
    }

    SimulatorResponse get(String guidOrUserName) {
        SimulatedUser user = store.findUser(guidOrUserName).orElseThrow(HelloIdApiException::userNotFound);
        return ok(user);
    }

    /** {@code POST /users}: {@code userName} required; {@code source} is forced to {@code API} (legacy docs). */
    SimulatorResponse create(SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        String userName = HelloIdJson.text(body, "userName");
        if (userName == null || userName.isBlank()) {
            throw HelloIdApiException.badRequest("userName is required");
        }
        return ok(store.createUser(userName, fields(body), HelloIdStore.API_SOURCE));
    }

    /**
     * {@code PUT /users/{guid}} replaces every writable field: a field missing from the body is cleared (or false).
     * The name changes only through {@code IdentifierObject.userName}; a different top-level {@code userName} alone
     * is ignored.
     */
    SimulatorResponse replace(String guidOrUserName, SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        String newUserName = HelloIdJson.field(body, "IdentifierObject")
                .filter(JsonNode::isObject)
                .map(identifier -> HelloIdJson.text(identifier, "userName"))
                .orElse(null);
        return ok(store.replaceUser(guidOrUserName, fields(body), newUserName));
    }

    /** {@code DELETE /users/{guid}}: 200 without a body. */
    SimulatorResponse delete(String guidOrUserName) {
        store.deleteUser(guidOrUserName);
        return SimulatorResponse.empty(200);
    }

    private static UserFields fields(ObjectNode body) {
        return new UserFields(HelloIdJson.text(body, "firstName"), HelloIdJson.text(body, "lastName"),
                HelloIdJson.text(body, "contactEmail"), HelloIdJson.bool(body, "isEnabled", false),
                HelloIdJson.bool(body, "mustChangePassword", false), HelloIdJson.attributes(body),
                HelloIdJson.text(body, "managedByUserGUID"));
    }

    private static SimulatorResponse ok(SimulatedUser user) {
        return SimulatorResponse.json(200, HelloIdJson.write(HelloIdJson.user(user)));
    }
}
