package io.idbridge.spi.target;

import io.idbridge.spi.model.PermissionType;
import java.util.List;

/**
 * A connection to one target system. A connector supports an operation exactly when it implements the operation's
 * interface from {@link io.idbridge.spi.target.operation}; the engine checks with {@code instanceof} and never calls
 * an operation the connector does not implement. Implementations must be safe for concurrent use by several threads
 * (the engine runs actions for different persons in parallel).
 */
public interface TargetConnector extends AutoCloseable {
    /**
     * Checks online that the target can be reached with these credentials.
     *
     * @throws io.idbridge.spi.error.ConnectorException classified, e.g. {@code AUTHENTICATION} for a wrong secret
     */
    void test();

    /** The permission types this target offers; empty when it has none. Never null. */
    List<PermissionType> permissionTypes();

    /**
     * Whether this target links an account to its manager's account, i.e. uses
     * {@link io.idbridge.spi.model.OperationOptions#manager()} on create and update (HelloID's
     * {@code managedByUserGUID}, TOPdesk's {@code manager}). When false the engine passes no manager and never plans
     * an update just because a manager's account appeared. Typically a connector setting such as {@code set-manager}.
     *
     * @since 0.2.0
     */
    default boolean linksManagers() {
        return false;
    }

    /** Releases connections; never throws. */
    @Override
    void close();
}
