package io.idbridge.sandbox.helloid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Self-service products, requests and product assignments (systems.md §2.3). */
final class ProductEndpoints {
    private final HelloIdStore store;
    private final Paging paging;

    ProductEndpoints(HelloIdStore store, Paging paging) {
        this.store = store;
        this.paging = paging;
    }

    SimulatorResponse list(SimulatorRequest request) {
        List<ObjectNode> products = store.products().stream().map(HelloIdJson::product).toList();
        return paging.page(products, request.queryParameters());
    }

    /**
     * {@code POST /selfservice/products/request}: approved and assigned at once; 409 when the user already holds
     * the product, 404 for an unknown product or user.
     */
    SimulatorResponse request(SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        String productGuid = required(body, "requestedProductGUID");
        String requestedBy = required(body, "requestedByUserGUID");
        String requestedFor = required(body, "requestedForUserGUID");
        SimulatedAssignment assignment = store.requestProduct(productGuid, requestedBy, requestedFor);
        ObjectNode answer = HelloIdJson.object()
                .put("requestGuid", UUID.randomUUID().toString())
                .put("productGuid", assignment.productGuid())
                .put("userGuid", assignment.userGuid())
                .put("status", "Approved");
        return SimulatorResponse.json(200, HelloIdJson.write(answer));
    }

    SimulatorResponse assignments(SimulatorRequest request) {
        return page(store.assignments(), request);
    }

    SimulatorResponse assignmentsOf(String guidOrUserName, SimulatorRequest request) {
        return page(store.assignmentsOf(guidOrUserName), request);
    }

    /** {@code POST /product-assignment/unassign/by-product {productGUID, userGUID, executeActions}}: 200 no body. */
    SimulatorResponse unassign(SimulatorRequest request) {
        ObjectNode body = HelloIdJson.readObject(request.body());
        store.unassign(required(body, "productGUID"), required(body, "userGUID"));
        return SimulatorResponse.empty(200);
    }

    private SimulatorResponse page(List<SimulatedAssignment> assignments, SimulatorRequest request) {
        Map<String, String> names = store.products().stream()
                .collect(Collectors.toMap(SimulatedProduct::productGuid, SimulatedProduct::name));
        List<ObjectNode> items = assignments.stream()
                .map(assignment -> HelloIdJson.assignment(assignment, names.get(assignment.productGuid())))
                .toList();
        return paging.page(items, request.queryParameters());
    }

    private static String required(ObjectNode body, String name) {
        String value = HelloIdJson.text(body, name);
        if (value == null || value.isBlank()) {
            throw HelloIdApiException.badRequest(name + " is required");
        }
        return value;
    }
}
