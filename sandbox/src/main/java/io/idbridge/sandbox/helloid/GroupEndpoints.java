package io.idbridge.sandbox.helloid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.util.List;

/** {@code /groups} and group membership under {@code /users/{guid}/groups} (systems.md §2.3). */
final class GroupEndpoints {
    private final HelloIdStore store;
    private final Paging paging;

    GroupEndpoints(HelloIdStore store, Paging paging) {
        this.store = store;
        this.paging = paging;
    }

    SimulatorResponse list(SimulatorRequest request) {
        List<ObjectNode> groups = store.groups().stream().map(HelloIdJson::group).toList();
        return paging.page(groups, request.queryParameters());
    }

    /** {@code GET /groups/{guid}} with {@code users}: the members' GUIDs. */
    SimulatorResponse get(String groupGuid) {
        SimulatedGroup group = store.findGroup(groupGuid)
                .orElseThrow(() -> new HelloIdApiException(404, "Group not found"));
        return json(HelloIdJson.groupWithMembers(group, store.members(group.groupGuid())));
    }

    /** {@code POST /groups {name, isEnabled}}; a duplicate name (case-insensitive) is a 409. */
    SimulatorResponse create(SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        String name = HelloIdJson.text(body, "name");
        if (name == null) {
            throw HelloIdApiException.badRequest("name is required");
        }
        SimulatedGroup group = store.createGroup(name, HelloIdJson.bool(body, "isEnabled", true));
        return json(HelloIdJson.groupWithMembers(group, List.of()));
    }

    /** {@code POST /users/{guid}/groups {groupGuid}} (or {@code groupGUID}); 200 also when already a member. */
    SimulatorResponse addMember(String guidOrUserName, SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        String groupGuid = HelloIdJson.text(body, "groupGuid");
        if (groupGuid == null || groupGuid.isBlank()) {
            throw HelloIdApiException.badRequest("groupGuid is required");
        }
        store.addMember(guidOrUserName, groupGuid);
        return SimulatorResponse.empty(200);
    }

    /** {@code DELETE /users/{guid}/groups/{groupGuid}}; 200 also when not a member. */
    SimulatorResponse removeMember(String guidOrUserName, String groupGuid) {
        store.removeMember(guidOrUserName, groupGuid);
        return SimulatorResponse.empty(200);
    }

    private static SimulatorResponse json(ObjectNode node) {
        return SimulatorResponse.json(200, HelloIdJson.write(node));
    }
}
