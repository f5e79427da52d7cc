package io.idbridge.engine.snapshot;

import io.idbridge.engine.model.Json;
import io.idbridge.spi.source.RecordKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one import read from one source.
 *
 * @param records person records the connector gave, mapped or not
 * @param persons records that mapped to a person
 * @param contracts contracts the connector gave, over every record
 * @param departments departments the connector gave
 */
public record SourceCounts(long records, long persons, long contracts, long departments) {
    public static final SourceCounts NONE = new SourceCounts(0, 0, 0, 0);

    public long of(RecordKind kind) {
        return switch (kind) {
            case PERSONS -> persons;
            case CONTRACTS -> contracts;
            case DEPARTMENTS -> departments;
        };
    }

    /** Every source's counts as the JSON kept with a snapshot. */
    static String write(Map<String, SourceCounts> bySource) {
        Map<String, Object> json = new LinkedHashMap<>();
        bySource.forEach((source, counts) -> json.put(source, Map.of("records", counts.records, "persons",
                counts.persons, "contracts", counts.contracts, "departments", counts.departments)));
        return Json.write(json);
    }

    /** Counts read back from {@link #write}; empty for a snapshot stored without counts. */
    static Map<String, SourceCounts> read(String json) {
        Map<String, SourceCounts> bySource = new LinkedHashMap<>();
        if (json == null) {
            return bySource;
        }
        Json.readMap(json).forEach((source, value) -> {
            Map<?, ?> counts = (Map<?, ?>) value;
            bySource.put(source, new SourceCounts(number(counts, "records"), number(counts, "persons"),
                    number(counts, "contracts"), number(counts, "departments")));
        });
        return bySource;
    }

    static String noun(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static long number(Map<?, ?> counts, String key) {
        Object value = counts.get(key);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
