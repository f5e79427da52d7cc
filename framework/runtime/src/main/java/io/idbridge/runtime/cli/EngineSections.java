package io.idbridge.runtime.cli;

import io.idbridge.runtime.config.ConfigSection;
import io.idbridge.runtime.engine.EngineConfigReader;
import io.idbridge.runtime.engine.NotificationsReader;
import java.util.List;

/**
 * The engine's configuration sections (mapping, rules, thresholds, ...), each validating the keys it owns. Keys that
 * no section owns are reported as unknown, so a section must be registered here before its keys are accepted.
 */
final class EngineSections {
    private EngineSections() {
    }

    static List<ConfigSection> all() {
        return List.of(new EngineConfigReader(null), new NotificationsReader());
    }
}
