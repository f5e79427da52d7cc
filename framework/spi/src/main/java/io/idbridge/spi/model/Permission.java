package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

/**
 * One permission in a target.
 *
 * @param type the permission type name, e.g. {@code group}
 * @param id the target's identifier (HelloID groupGuid or productGUID)
 * @param name the name as administrators know it; the engine resolves configured names to ids by it
 */
public record Permission(String type, String id, String name) {
    public Permission {
        requireNonNull(type, "type is null");
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
    }
}
