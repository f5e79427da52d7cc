package io.idbridge.engine.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.model.Sha256;
import io.idbridge.engine.store.StoredPerson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Serializes persons to canonical JSON (sorted keys) and back; equal persons give equal text and hash. */
public final class PersonCodec {
    private static final ObjectMapper JSON = Json.MAPPER;

    private PersonCodec() {
    }

    public static StoredPerson encode(Person person) {
        String json = write(toMap(person));
        return new StoredPerson(person.externalId(), json, Sha256.hex(json));
    }

    @SuppressWarnings("unchecked")
    public static Person decode(StoredPerson stored) {
        try {
            Map<String, Object> map = JSON.readValue(stored.json(), Map.class);
            List<Contract> contracts = new ArrayList<>();
            for (Map<String, Object> contract : (List<Map<String, Object>>) map.get("contracts")) {
                Object end = contract.get("endDate");
                contracts.add(new Contract((String) contract.get("externalId"),
                        LocalDate.parse((String) contract.get("startDate")),
                        end == null ? null : LocalDate.parse((String) end),
                        (Map<String, Object>) contract.get("fields")));
            }
            return new Person((String) map.get("externalId"), (Map<String, Object>) map.get("fields"), contracts,
                    (List<String>) map.get("sources"));
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("stored person " + stored.externalId() + " is not readable", failure);
        }
    }

    /** The person as a plain map, the shape its JSON has; sorted maps, which the JSON writer need not sort again. */
    public static Map<String, Object> toMap(Person person) {
        Map<String, Object> map = new TreeMap<>();
        map.put("externalId", person.externalId());
        map.put("fields", person.fields());
        List<Map<String, Object>> contracts = new ArrayList<>();
        for (Contract contract : person.contracts()) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("externalId", contract.externalId());
            entry.put("startDate", contract.startDate().toString());
            entry.put("endDate", contract.endDate() == null ? null : contract.endDate().toString());
            entry.put("fields", contract.fields());
            contracts.add(entry);
        }
        map.put("contracts", contracts);
        map.put("sources", person.sources());
        return map;
    }

    static String write(Object value) {
        return Json.write(value);
    }
}
