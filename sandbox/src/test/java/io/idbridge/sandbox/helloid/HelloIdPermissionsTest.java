package io.idbridge.sandbox.helloid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.helloid.HelloIdTestClient.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloIdPermissionsTest extends SimulatorTestBase {
    @Test
    void createdGroupIsListedAndDuplicateNameIsAConflict() {
        Answer created = client.post("/groups", "{\"name\":\"department_FIN\",\"isEnabled\":true}");
        Answer duplicate = client.post("/groups", "{\"name\":\"DEPARTMENT_fin\",\"isEnabled\":true}");

        assertThat(created.status()).isEqualTo(200);
        String groupGuid = created.json().get("groupGuid").asText();
        JsonNode listed = client.get("/groups?take=1000&skip=0").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("groupGuid").asText()).isEqualTo(groupGuid);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("department_FIN");
        assertThat(listed.get(0).get("isEnabled").asBoolean()).isTrue();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(simulator.groups()).hasSize(1);
    }

    @Test
    void membershipIsAddedWithEitherSpellingAndShownOnTheGroup() {
        SimulatedUser ann = simulator.addUser("ann@example.com", "Ann", "A");
        SimulatedUser bob = simulator.addUser("bob@example.com", "Bob", "B");
        SimulatedGroup group = simulator.addGroup("Sales");

        Answer first = client.post("/users/" + ann.userGuid() + "/groups",
                "{\"groupGuid\":\"" + group.groupGuid() + "\"}");
        client.post("/users/bob@example.com/groups", "{\"groupGUID\":\"" + group.groupGuid() + "\"}");
        Answer again = client.post("/users/" + ann.userGuid() + "/groups",
                "{\"groupGuid\":\"" + group.groupGuid() + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        JsonNode users = client.get("/groups/" + group.groupGuid()).json().get("users");
        assertThat(users).extracting(JsonNode::asText).containsExactly(ann.userGuid(), bob.userGuid());
    }

    @Test
    void memberIsRemovedAndRemovingANonMemberIsANoOp() {
        SimulatedUser ann = simulator.addUser("ann@example.com", "Ann", "A");
        SimulatedGroup group = simulator.addGroup("Sales");
        simulator.addMember(group.groupGuid(), ann.userGuid());

        Answer removed = client.delete("/users/" + ann.userGuid() + "/groups/" + group.groupGuid());
        Answer again = client.delete("/users/" + ann.userGuid() + "/groups/" + group.groupGuid());

        assertThat(removed.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(simulator.members(group.groupGuid())).isEmpty();
    }

    @Test
    void membershipOfUnknownUserOrGroupIsNotFound() {
        SimulatedUser ann = simulator.addUser("ann@example.com", "Ann", "A");
        SimulatedGroup group = simulator.addGroup("Sales");

        Answer unknownUser = client.post("/users/nobody@example.com/groups",
                "{\"groupGuid\":\"" + group.groupGuid() + "\"}");
        Answer unknownGroup = client.delete("/users/" + ann.userGuid() + "/groups/"
                + "0b5a7b36-1d1c-4b5e-9c1e-000000000000");

        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.json().get("message").asText()).isEqualTo("User not found");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.json().get("message").asText()).isEqualTo("Group not found");
    }

    @Test
    void productsCarryTheSameGuidAsIdAndGuid() {
        SimulatedProduct product = simulator.addProduct("Laptop");

        JsonNode listed = client.get("/products").json().get(0);

        assertThat(listed.get("productId").asText()).isEqualTo(product.productGuid());
        assertThat(listed.get("productGuid").asText()).isEqualTo(product.productGuid());
        assertThat(listed.get("name").asText()).isEqualTo("Laptop");
    }

    @Test
    void requestedProductIsAssignedAndRequestingItAgainIsAConflict() {
        SimulatedUser ann = simulator.addUser("ann@example.com", "Ann", "A");
        SimulatedProduct product = simulator.addProduct("Laptop");
        String request = HelloIdTestClient.json(Map.of("requestedProductGUID", product.productGuid(),
                "requestedByUserGUID", ann.userGuid(), "requestedForUserGUID", ann.userGuid(),
                "comment", "Requested by HelloID Provisioning"));

        Answer granted = client.post("/selfservice/products/request", request);
        Answer again = client.post("/selfservice/products/request", request);

        assertThat(granted.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        JsonNode byUser = client.get("/product-assignment/by-user/" + ann.userGuid() + "?take=1000&skip=0").json();
        assertThat(byUser).hasSize(1);
        assertThat(byUser.get(0).get("productGuid").asText()).isEqualTo(product.productGuid());
        assertThat(byUser.get(0).get("productName").asText()).isEqualTo("Laptop");
        assertThat(byUser.get(0).get("userGuid").asText()).isEqualTo(ann.userGuid());
        assertThat(client.get("/product-assignment").json()).hasSize(1);
    }

    @Test
    void unassignByProductRemovesTheAssignment() {
        SimulatedUser ann = simulator.addUser("ann@example.com", "Ann", "A");
        SimulatedProduct product = simulator.addProduct("Laptop");
        simulator.assignProduct(product.productGuid(), ann.userGuid());

        Answer answer = client.post("/product-assignment/unassign/by-product", HelloIdTestClient.json(Map.of(
                "productGUID", product.productGuid(), "userGUID", ann.userGuid(), "executeActions", true)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(simulator.assignments()).isEmpty();
    }

    @Test
    void assignmentsOfUnknownUserAreNotFound() {
        Answer answer = client.get("/product-assignment/by-user/0b5a7b36-1d1c-4b5e-9c1e-000000000000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).isEqualTo("User not found");
    }
}
