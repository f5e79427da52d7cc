package io.idbridge.engine.store;

import java.util.Set;

/** Filters for journaled actions; a null field does not filter. */
public record ActionQuery(Long runId, Set<ActionStatus> statuses, String target, String actionType, String personId) {
    public static ActionQuery ofRun(long runId) {
        return new ActionQuery(runId, null, null, null, null);
    }

    public static ActionQuery withStatus(Set<ActionStatus> statuses) {
        return new ActionQuery(null, statuses, null, null, null);
    }
}
