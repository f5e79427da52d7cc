package io.idbridge.sandbox.helloid;

import static java.util.Objects.requireNonNull;

/**
 * A HelloID self-service product. The connector uses {@code productId} as the permission id but
 * {@code productGuid} in assignments (systems.md §2.3); the simulator answers both with the same GUID, so either
 * identifies the product.
 *
 * @param productGuid lower-case GUID, also served as {@code productId}
 * @param name the product name
 * @param code a short code derived from the name
 */
public record SimulatedProduct(String productGuid, String name, String code) {
    public SimulatedProduct {
        requireNonNull(productGuid, "productGuid is null");
        requireNonNull(name, "name is null");
        requireNonNull(code, "code is null");
    }
}
