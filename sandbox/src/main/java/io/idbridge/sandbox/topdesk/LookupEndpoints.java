package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;

/**
 * The lookup lists {@code /branches}, {@code /departments}, {@code /budgetholders}, {@code /archiving-reasons} and
 * {@code /countries}: GET answers the whole list (parameters are ignored), POST creates one entry.
 */
final class LookupEndpoints {
    private final TopdeskStore store;

    LookupEndpoints(TopdeskStore store) {
        this.store = store;
    }

    SimulatorResponse branches() {
        ArrayNode list = TopdeskJson.array();
        store.branches().forEach(branch -> list.add(PersonJson.branch(branch, store)));
        return SimulatorResponse.json(200, TopdeskJson.write(list));
    }

    /** {@code {name, postalAddress{country{id}}, branchType}}; branchType defaults to independentBranch. */
    SimulatorResponse createBranch(SimulatorRequest request) {
        ObjectNode body = TopdeskJson.readObject(request.body());
        String countryId = text(body.path("postalAddress").path("country").get("id"));
        String branchType = text(body.get("branchType"));
        SimulatedBranch branch = store.createBranch(text(body.get("name")), countryId,
                branchType == null ? SimulatedBranch.INDEPENDENT_BRANCH : branchType);
        return SimulatorResponse.json(201, TopdeskJson.write(PersonJson.branch(branch, store)));
    }

    SimulatorResponse list(LookupKind kind) {
        ArrayNode list = TopdeskJson.array();
        store.lookups(kind).forEach(lookup -> list.add(PersonJson.lookup(lookup)));
        return SimulatorResponse.json(200, TopdeskJson.write(list));
    }

    /** {@code {name}}; other properties are ignored. */
    SimulatorResponse create(LookupKind kind, SimulatorRequest request) {
        ObjectNode body = TopdeskJson.readObject(request.body());
        SimulatedLookup lookup = store.createLookup(kind, text(body.get("name")));
        return SimulatorResponse.json(201, TopdeskJson.write(PersonJson.lookup(lookup)));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw TopdeskApiException.badRequest("Expected a text value, was " + node);
        }
        return node.asText();
    }
}
