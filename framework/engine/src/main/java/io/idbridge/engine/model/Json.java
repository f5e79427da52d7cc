package io.idbridge.engine.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's one JSON mapper (sorted keys, so equal values give equal text) and the shapes it stores. */
public final class Json {
    /**
     * Engine bookkeeping kept with an account's stored data, never sent to a target: the manager's account id the
     * account was last given, so that a manager who gets an account later, or a new manager, leads to an update.
     */
    public static final String MANAGER_FIELD = "__manager";

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            // dates and times as ISO-8601 text, the form every report and export uses
            .registerModule(new SimpleModule("java-time-as-text")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance));

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), failure);
        }
    }

    public static Map<String, Object> readMap(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("stored JSON is not readable: " + failure.getOriginalMessage(), failure);
        }
    }

    public static String writeRef(AccountRef ref) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", ref.id());
        map.put("details", ref.details());
        return write(map);
    }

    @SuppressWarnings("unchecked")
    public static AccountRef readRef(String json) {
        Map<String, Object> map = readMap(json);
        Map<String, String> details = new LinkedHashMap<>();
        ((Map<String, Object>) map.getOrDefault("details", Map.of()))
                .forEach((key, value) -> details.put(key, String.valueOf(value)));
        return new AccountRef((String) map.get("id"), details);
    }

    /** Account data is stored flat (dotted keys); nested values a connector returns are flattened. */
    public static String writeData(AccountData data) {
        return write(Maps.flatten(data.values()));
    }

    public static AccountData readData(String json) {
        return new AccountData(Maps.flatten(readMap(json)));
    }

    /** The data without the engine's bookkeeping fields: what a connector is given. */
    public static AccountData forTarget(AccountData data) {
        Map<String, Object> values = new LinkedHashMap<>(data.values());
        values.remove(MANAGER_FIELD);
        return new AccountData(values);
    }
}
