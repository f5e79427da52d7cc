package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.Permission;

/** Creates permissions (resources) such as department groups. */
public interface CreateResourceOp extends TargetOperation {
    /**
     * Makes sure a permission of a creatable type with this name exists, creating it when missing. Idempotent.
     *
     * @param type a creatable permission type
     * @param name the permission's name; never blank
     * @return the existing or new permission
     */
    Permission ensureResource(String type, String name);
}
