package io.idbridge.engine.store;

import java.time.Instant;

/** A permission the engine granted (or found) for a person in a target. */
public record GrantedPermission(String target, String personId, String type, String permissionId, String name,
                                Instant grantedAt) {
}
