package io.idbridge.spi.target.operation;

import io.idbridge.spi.model.Permission;
import java.util.List;

/** Lists the permissions a target offers. */
public interface ListPermissionsOp extends TargetOperation {
    /**
     * Every permission of one type. Read-only.
     *
     * @param type one of {@link io.idbridge.spi.target.TargetConnector#permissionTypes()}
     * @throws io.idbridge.spi.error.ConnectorException {@code UNSUPPORTED} for an unknown type
     */
    List<Permission> listPermissions(String type);
}
