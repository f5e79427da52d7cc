package io.idbridge.toolkit;

import io.idbridge.spi.error.ConnectorException;

/**
 * A connector's refinement of the standard HTTP classification: it may extract a friendly message from the error
 * body and re-classify (e.g. HelloID's "User not found"). It refines rather than replaces: return {@code standard}
 * when there is nothing to add.
 */
@FunctionalInterface
public interface ErrorRefiner {
    ErrorRefiner NONE = (failure, standard) -> standard;

    /**
     * @param failure the failed response; never null
     * @param standard the exception the standard table gives; never null
     * @return the exception to throw; never null. Messages must never contain headers or credentials.
     */
    ConnectorException refine(HttpFailure failure, ConnectorException standard);
}
