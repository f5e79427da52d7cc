package io.idbridge.engine.snapshot;

import io.idbridge.engine.model.Maps;
import io.idbridge.engine.model.Person;
import io.idbridge.engine.store.StoredPerson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Compares two snapshots person by person; unchanged persons are recognised by hash without parsing. */
final class SnapshotDiffer {
    private SnapshotDiffer() {
    }

    static SnapshotDiff diff(Map<String, StoredPerson> previous, Map<String, StoredPerson> current) {
        List<String> added = new ArrayList<>();
        Map<String, List<String>> changed = new TreeMap<>();
        current.forEach((id, person) -> {
            StoredPerson before = previous.get(id);
            if (before == null) {
                added.add(id);
            } else if (!before.hash().equals(person.hash())) {
                changed.put(id, changedPaths(PersonCodec.decode(before), PersonCodec.decode(person)));
            }
        });
        List<String> removed = previous.keySet().stream().filter(id -> !current.containsKey(id)).sorted().toList();
        added.sort(null);
        return new SnapshotDiff(added, removed, changed);
    }

    static List<String> changedPaths(Person before, Person after) {
        Map<String, Object> old = flat(before);
        Map<String, Object> now = flat(after);
        Set<String> paths = new HashSet<>(old.keySet());
        paths.addAll(now.keySet());
        return paths.stream().filter(path -> !Objects.equals(old.get(path), now.get(path))).sorted().toList();
    }

    private static Map<String, Object> flat(Person person) {
        Map<String, Object> flat = new TreeMap<>();
        Maps.flatten(person.fields()).forEach((path, value) -> flat.put("person." + path, value));
        person.contracts().forEach(contract -> {
            String prefix = "contracts[" + contract.externalId() + "].";
            Map<String, Object> fields = new LinkedHashMap<>(contract.fields());
            fields.put("startDate", contract.startDate().toString());
            fields.put("endDate", contract.endDate() == null ? null : contract.endDate().toString());
            Maps.flatten(fields).forEach((path, value) -> flat.put(prefix + path, value));
        });
        return flat;
    }
}
