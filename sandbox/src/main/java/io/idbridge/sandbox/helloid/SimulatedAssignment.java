package io.idbridge.sandbox.helloid;

import static java.util.Objects.requireNonNull;

/** One product assigned to one user. */
public record SimulatedAssignment(String productGuid, String userGuid) {
    public SimulatedAssignment {
        requireNonNull(productGuid, "productGuid is null");
        requireNonNull(userGuid, "userGuid is null");
    }
}
