package io.idbridge.engine.config;

import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.model.Maps;
import java.util.Map;

/**
 * One configured source. The mappings are sorted by field, the order they are evaluated in.
 *
 * @param personMapping person field path (e.g. {@code name.nick}) to expression over {@code source}
 * @param contractMapping contract field path (e.g. {@code department.code}) to expression over {@code source} and
 *     {@code sourceContract}
 */
public record SourceSettings(String name, Map<String, Expression> personMapping,
                             Map<String, Expression> contractMapping, SourceThresholds thresholds) {
    public SourceSettings {
        personMapping = Maps.sorted(personMapping);
        contractMapping = Maps.sorted(contractMapping);
    }
}
