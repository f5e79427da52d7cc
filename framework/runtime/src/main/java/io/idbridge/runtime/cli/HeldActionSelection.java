package io.idbridge.runtime.cli;

import io.idbridge.engine.store.ActionQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which held actions approve or reject act on: by run, target, action type, person, or action id. */
final class HeldActionSelection {
    @Option(names = "--run", paramLabel = "RUN_ID", description = "Held actions of this run.")
    Long runId;

    @Option(names = "--target", paramLabel = "NAME", description = "Held actions on this target.")
    String target;

    @Option(names = "--type", paramLabel = "TYPE", description = "Held actions of this type (create, update, enable, "
            + "disable, delete, grant, revoke).")
    String type;

    @Option(names = "--person", paramLabel = "ID", description = "Held actions of this person (external id).")
    String person;

    @Option(names = "--action", paramLabel = "ID", description = "This held action (repeatable; one by one).")
    List<Long> actions = new ArrayList<>();

    @Option(names = "--all", description = "Every held action matching the other options (required when no other "
            + "option narrows the selection).")
    boolean all;

    /** Whether the user said which held actions; explains how when not. */
    boolean specified(java.io.PrintWriter err) {
        boolean narrowed = runId != null || target != null || type != null || person != null || !actions.isEmpty();
        if (!narrowed && !all) {
            err.println("say which held actions: --run, --target, --type, --person, --action, or --all");
        }
        return narrowed || all;
    }

    ActionQuery query() {
        return new ActionQuery(runId, null, target, type == null ? null : type.toUpperCase(Locale.ROOT).replace('-', '_'),
                person);
    }

    Set<Long> actionIds() {
        return new LinkedHashSet<>(actions);
    }
}
