package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.snapshot.ImportResult;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events into messages: fills the model each template sees, resolves recipients and renders. A placeholder
 * without a value renders as nothing and is logged once per template; a person without a recipient gets no message
 * (counted in one log line per batch).
 */
final class MessageComposer {
    private static final Logger LOG = LoggerFactory.getLogger(MessageComposer.class);

    private final NotificationSettings settings;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    MessageComposer(NotificationSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** One message per action (create or disable) to the recipients resolved from its person. */
    List<Mail> personMails(NotificationEvent event, List<ActionRecord> actions, PersonDirectory persons,
                           Map<Long, RunRecord> runs, String today) {
        EventSettings eventSettings = settings.event(event).orElseThrow();
        List<Mail> mails = new ArrayList<>();
        List<String> withoutRecipient = new ArrayList<>();
        for (ActionRecord action : actions) {
            Map<String, Object> person = persons.view(action.personId());
            List<String> to = recipients(eventSettings, person, today, action.personId(), withoutRecipient);
            if (to.isEmpty()) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("person", person);
            model.put("target", action.target());
            model.put("action", NotificationModel.actionName(action));
            model.put("reason", NotificationModel.reason(action));
            model.put("differences", NotificationModel.differences(action));
            model.put("account", NotificationModel.account(action));
            model.put("run", NotificationModel.run(runs.get(action.runId())));
            mails.add(render(event, model, to, event.configName() + " " + action.target() + " " + action.personId()));
        }
        if (!withoutRecipient.isEmpty()) {
            LOG.info("{} {} notification(s) have no recipient ('{}' gave no address), e.g. for person {}",
                    withoutRecipient.size(), event.configName(), eventSettings.to(), withoutRecipient.get(0));
        }
        return mails;
    }

    /** One message about the actions of one target and type held for approval. */
    Optional<Mail> held(HeldGroup group, PersonDirectory persons, RunRecord run) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("run", NotificationModel.run(run));
        model.put("target", group.target());
        model.put("action", group.actionType());
        model.put("reason", group.reason());
        model.put("count", group.actions().size());
        List<String> lines = new ArrayList<>();
        for (ActionRecord action : group.actions()) {
            lines.add("- " + describe(action, persons) + differencesSuffix(action));
        }
        model.put("actions", lines);
        return fixed(NotificationEvent.HELD_ACTIONS, model, "on-held-actions run " + run.id() + " " + group.target()
                + " " + group.actionType());
    }

    /** One message listing the failed actions of a run. */
    Optional<Mail> failures(List<ActionRecord> failed, PersonDirectory persons, RunRecord run) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("run", NotificationModel.run(run));
        model.put("count", failed.size());
        List<String> lines = new ArrayList<>();
        for (ActionRecord action : failed) {
            lines.add("- " + action.target() + " " + NotificationModel.actionName(action) + " "
                    + describe(action, persons) + ": " + (action.error() == null ? "" : action.error()));
        }
        model.put("actions", lines);
        return fixed(NotificationEvent.FAILURE, model, "on-failure run " + run.id());
    }

    /** The summary of a finished run. */
    Optional<Mail> summary(RunReport report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("run", NotificationModel.run(report.run()));
        model.put("count", NotificationModel.total(report));
        model.put("counts", NotificationModel.counts(report));
        model.put("succeeded", report.count(ActionStatus.SUCCEEDED));
        model.put("failed", report.failed().size());
        model.put("held", report.held().size());
        return fixed(NotificationEvent.RUN_SUMMARY, model, "run-summary run " + report.run().id());
    }

    /** The message about a blocked import. */
    Optional<Mail> importBlocked(ImportResult result) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reason", result.reason() == null ? "" : result.reason());
        model.put("count", result.personCount());
        model.put("blocked", result.blocked().size());
        model.put("snapshot", Map.of("id", result.snapshotId()));
        return fixed(NotificationEvent.IMPORT_BLOCKED, model, "on-import-blocked snapshot " + result.snapshotId());
    }

    private Optional<Mail> fixed(NotificationEvent event, Map<String, Object> model, String about) {
        EventSettings eventSettings = settings.event(event).orElseThrow();
        List<String> to = eventSettings.to().resolve(Map.of("person", Map.of(), "today", ""));
        if (to.isEmpty()) {
            LOG.info("{} notification has no recipient ('{}' gave no address)", event.configName(), eventSettings.to());
            return Optional.empty();
        }
        return Optional.of(render(event, model, to, about));
    }

    private List<String> recipients(EventSettings eventSettings, Map<String, Object> person, String today,
                                    String personId, List<String> withoutRecipient) {
        try {
            List<String> to = eventSettings.to().resolve(Map.of("person", person, "today", today));
            if (to.isEmpty()) {
                withoutRecipient.add(personId);
            }
            return to;
        } catch (ExpressionException failure) {
            LOG.warn("recipient of a notification for person {}: {}", personId, failure.getMessage());
            return List.of();
        }
    }

    private Mail render(NotificationEvent event, Map<String, Object> model, List<String> to, String about) {
        MessageTemplate template = settings.event(event).orElseThrow().template();
        MessageTemplate.Rendered rendered = template.render(model, placeholder -> {
            if (reportedMissing.add(template.origin() + "\n" + placeholder)) {
                LOG.warn("placeholder '{}' in {} has no value for {} and renders as nothing", placeholder,
                        template.origin(), event.configName());
            }
        });
        return new Mail(to, rendered.subject(), rendered.body(), about);
    }

    private static String describe(ActionRecord action, PersonDirectory persons) {
        if (action.personId() == null) {
            return "(no person)";
        }
        Object name = persons.view(action.personId()).get("displayName");
        return action.personId() + (name == null || name.toString().isBlank() ? "" : " (" + name + ")");
    }

    private static String differencesSuffix(ActionRecord action) {
        List<String> differences = NotificationModel.differences(action);
        return differences.isEmpty() ? "" : ": " + String.join("; ", differences);
    }

    /** Actions of one target and type that a threshold held. */
    record HeldGroup(String target, String actionType, List<ActionRecord> actions, String reason) {
        HeldGroup {
            actions = List.copyOf(actions);
        }
    }
}
