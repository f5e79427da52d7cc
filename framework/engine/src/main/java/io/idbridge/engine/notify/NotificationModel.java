package io.idbridge.engine.notify;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Maps;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.RunRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the values templates see ({@code run}, {@code target}, {@code differences}, ...) from journal records. */
final class NotificationModel {
    private static final Set<String> SECRET_FIELD_HINTS = Set.of("password", "secret", "token");
    static final String MASK = "******";

    private NotificationModel() {
    }

    /** {@code run.id}, {@code run.kind}, {@code run.status}, {@code run.startedAt}, {@code run.duration}. */
    static Map<String, Object> run(RunRecord run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", run.id());
        view.put("kind", run.kind());
        view.put("status", run.status().name());
        view.put("startedAt", run.startedAt().toString());
        view.put("duration", run.finishedAt() == null ? "" : seconds(Duration.between(run.startedAt(),
                run.finishedAt())));
        return view;
    }

    /** The action's name as configured and reported: create, update, disable, grant, ... */
    static String actionName(ActionRecord action) {
        return ActionType.valueOf(action.actionType()).configName();
    }

    /** Why the engine planned the action, as the journal recorded it; "" when unknown. */
    static String reason(ActionRecord action) {
        Object reason = Json.readMap(action.payloadJson()).get("reason");
        return reason == null ? "" : reason.toString();
    }

    /** The account data the action wrote, nested by dotted field, secret-looking fields masked. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> account(ActionRecord action) {
        Map<String, Object> nested = new LinkedHashMap<>();
        Object data = Json.readMap(action.payloadJson()).get("data");
        if (data instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((field, value) -> Maps.put(nested, field, masked(field, value)));
        }
        return nested;
    }

    /** One line per changed field ({@code field: old → new}) or, for creates, per field written. */
    @SuppressWarnings("unchecked")
    static List<String> differences(ActionRecord action) {
        Map<String, Object> payload = Json.readMap(action.payloadJson());
        List<String> lines = new ArrayList<>();
        if (payload.get("changes") instanceof Map<?, ?> changes) {
            ((Map<String, Object>) changes).forEach((field, change) -> {
                Map<String, Object> oldAndNew = change instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                lines.add(field + ": " + masked(field, oldAndNew.get("old")) + " → "
                        + masked(field, oldAndNew.get("new")));
            });
        } else if (payload.get("data") instanceof Map<?, ?> data) {
            ((Map<String, Object>) data).forEach((field, value) -> lines.add(field + ": " + masked(field, value)));
        } else if (payload.containsKey("name")) {
            lines.add(payload.getOrDefault("type", "permission") + ": " + payload.get("name"));
        }
        return lines;
    }

    /** Counts per target, action type and status, one line each: {@code helloid create: 3 succeeded, 1 failed}. */
    static List<String> counts(RunReport report) {
        List<String> lines = new ArrayList<>();
        report.counts().forEach((target, byType) -> byType.forEach((type, byStatus) -> {
            List<String> parts = new ArrayList<>();
            byStatus.forEach((status, count) -> parts.add(count + " " + status.name().toLowerCase(Locale.ROOT)));
            lines.add(target + " " + ActionType.valueOf(type).configName() + ": " + String.join(", ", parts));
        }));
        return lines;
    }

    static int total(RunReport report) {
        int total = 0;
        for (ActionStatus status : ActionStatus.values()) {
            total += report.count(status);
        }
        return total;
    }

    private static Object masked(String field, Object value) {
        String lower = field.toLowerCase(Locale.ROOT);
        return value != null && SECRET_FIELD_HINTS.stream().anyMatch(lower::contains) ? MASK : value;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
